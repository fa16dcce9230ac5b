/**
 * Names that some common file system reads as another name. A checkout on
 * Windows, macOS or a network share may resolve them to a denied path
 * (`git~1` is `.git` on NTFS, `.git.` and `.git ` lose their trailing dot and
 * space on Windows, `.git::$INDEX_ALLOCATION` is `.git` as an NTFS stream),
 * so a component of that shape is refused whatever it would alias.
 */
export function aliasProblem(normalPath: string): string | undefined {
  for (const part of normalPath.split('/')) {
    if (/~\d/.test(part))
      return `"${part}" has the shape of a Windows short (8.3) name, which can stand for another file`;
    if (/[. ]$/.test(part))
      return `"${part}" ends with a dot or a space, which Windows drops, making it another name`;
    if (part.includes(':'))
      return `"${part}" holds a colon, which names an alternate data stream on NTFS`;
  }
  return undefined;
}

/**
 * The spellings under which a path may reach the disk: as given, and in each
 * Unicode normalisation form (macOS stores NFD, most tools write NFC, and
 * compatibility forms fold look-alikes such as full-width letters). A path is
 * denied when any of them is. Case is compared by the matcher itself.
 */
export function spellings(normalPath: string): string[] {
  const forms = ['NFC', 'NFD', 'NFKC', 'NFKD'] as const;
  return [...new Set([normalPath, ...forms.map((form) => normalPath.normalize(form))])];
}
