/** Reads the stream `git cat-file --batch` prints, keeping only the start of each blob. */

/**
 * Reads `git cat-file --batch` output as it comes: a header line
 * ("<oid> <type> <size>" or "<name> missing") then, for an object, its bytes
 * and a newline. Keeps at most `keepBytes` of each blob.
 */
export class BatchReader {
  private index = 0;
  private header = Buffer.alloc(0);
  private body:
    | { file: string; size: number; left: number; kept: Buffer[]; keptBytes: number; blob: boolean }
    | undefined;

  constructor(
    private readonly files: readonly string[],
    private readonly keepBytes: number,
    private readonly onBlob: (file: string, bytes: Buffer, size: number) => void,
  ) {}

  push(chunk: Buffer): void {
    let data = chunk;
    while (data.length) {
      if (this.body) {
        const body = this.body;
        const take = Math.min(body.left, data.length);
        // The last byte of the body is the newline after the object, never kept.
        const content = Math.min(take, body.left - 1, this.keepBytes - body.keptBytes);
        if (body.blob && content > 0) {
          body.kept.push(Buffer.from(data.subarray(0, content)));
          body.keptBytes += content;
        }
        body.left -= take;
        data = data.subarray(take);
        if (body.left === 0) {
          if (body.blob) this.onBlob(body.file, Buffer.concat(body.kept), body.size - 1);
          this.body = undefined;
        }
        continue;
      }
      const newline = data.indexOf(10);
      if (newline < 0) {
        this.header = Buffer.concat([this.header, data]);
        return;
      }
      const line = Buffer.concat([this.header, data.subarray(0, newline)]).toString('utf8');
      this.header = Buffer.alloc(0);
      data = data.subarray(newline + 1);
      const file = this.files[this.index++] ?? '';
      const [, type, size] = line.split(' ');
      if (line.endsWith(' missing') || line.endsWith(' ambiguous') || size === undefined) continue;
      // The object's bytes and the newline after them.
      this.body = {
        file,
        size: Number(size) + 1,
        left: Number(size) + 1,
        kept: [],
        keptBytes: 0,
        blob: type === 'blob',
      };
    }
  }
}
