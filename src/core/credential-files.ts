/**
 * Files that usually hold credentials, as globs matched case-insensitively
 * against repo-relative paths. Data, kept in one list so it can be reviewed
 * and extended on its own.
 *
 * Sources: the file signatures of gitrob (michenriksen/gitrob, as carried on
 * in the `git-deny-patterns.json` of bahmutov/ban-sensitive-files), trimmed of
 * its generic entries (`*.log`, `settings.py`, `schema.rb`, names containing
 * "backup" or "dump") that a ticket may rightly change; plus the credential
 * and config files documented by the tools that write them (git credential
 * store, OpenSSH, kubectl, Docker, npm, Yarn, pip/twine, Cargo, RubyGems,
 * Composer, Maven, Gradle, Terraform, Vault, AWS, Azure and Google Cloud
 * CLIs, PostgreSQL, MySQL) and the key store formats of Java, PKCS and PGP.
 */
export const CREDENTIAL_FILES: readonly string[] = [
  // Environment files.
  '**/.env',
  '**/.env.*',
  '**/.envrc',
  // SSH keys and folders.
  '**/.ssh/**',
  '**/id_rsa*',
  '**/id_dsa*',
  '**/id_ecdsa*',
  '**/id_ed25519*',
  '**/*_rsa',
  '**/*_dsa',
  '**/*_ecdsa',
  '**/*_ed25519',
  '**/*.ppk',
  // Private keys, certificates with keys, key bundles and key stores.
  '**/*.pem',
  '**/*.key',
  '**/*.keypair',
  '**/*.p8',
  '**/*.p12',
  '**/*.pfx',
  '**/*.pkcs12',
  '**/*.jks',
  '**/*.jceks',
  '**/*.keystore',
  '**/*.truststore',
  '**/*.bks',
  '**/*.keyring',
  '**/*.gpg',
  '**/secring.*',
  '**/.gnupg/**',
  '**/otr.private_key',
  // Password managers and wallets.
  '**/*.kdb',
  '**/*.kdbx',
  '**/*.keychain',
  '**/*.agilekeychain',
  '**/*.kwallet',
  // git, HTTP and shell logins.
  '**/.git-credentials',
  '**/.config/git/credentials',
  '**/.netrc',
  '**/_netrc',
  '**/.htpasswd',
  '**/.pgpass',
  '**/.my.cnf',
  '**/.mylogin.cnf',
  // Package registries.
  '**/.npmrc',
  '**/.yarnrc',
  '**/.yarnrc.yml',
  '**/.pypirc',
  '**/.gem/credentials',
  '**/.cargo/credentials',
  '**/.cargo/credentials.toml',
  '**/.composer/auth.json',
  '**/.m2/settings.xml',
  '**/.m2/settings-security.xml',
  '**/.gradle/gradle.properties',
  // Clouds, containers and infrastructure.
  '**/.aws/**',
  '**/.azure/**',
  '**/.config/gcloud/**',
  '**/credentials.json',
  '**/client_secret*.json',
  '**/.boto',
  '**/.s3cfg',
  '**/.kube/config',
  '**/kubeconfig',
  '**/.docker/config.json',
  '**/.dockercfg',
  '**/.terraformrc',
  '**/terraform.rc',
  '**/.terraform.d/credentials.tfrc.json',
  '**/.vault-token',
  // CI servers and publishing profiles.
  '**/credentials.xml',
  '**/jenkins.plugins.publish_over_ssh.BapSshPublisherPlugin.xml',
  '**/*.pubxml',
  '**/*.pubxml.user',
  '**/secret_token.rb',
  // VPN, chat and mail clients.
  '**/*.ovpn',
  '**/*.tblk',
  '**/.purple/accounts.xml',
  '**/.irssi/config',
  '**/.xchat2/servlist_.conf',
  '**/.muttrc',
  '**/.recon-ng/keys.db',
  '**/.dbeaver/credentials-config.json',
  '**/dbeaver-data-sources.xml',
  // Shell and REPL histories (typed passwords end up there).
  '**/.bash_history',
  '**/.zsh_history',
  '**/.sh_history',
  '**/.mysql_history',
  '**/.psql_history',
  '**/.irb_history',
  '**/.python_history',
  '**/.node_repl_history',
];
