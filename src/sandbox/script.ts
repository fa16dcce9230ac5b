/**
 * The sandbox's set-up, run by /bin/sh as root (real root, or root of a new
 * user namespace) inside new PID, IPC and mount namespaces with their own
 * /proc, before the QA command. Arguments, never interpreted as code:
 *
 *   WORKSPACE UID GID USERNS HOME -- PRIVATE_DIR... -- HIDDEN... -- COMMAND...
 *
 * In this order, because each step can cover what an earlier one made:
 * - the work tree and its .git get their own mounts, and every other mount
 *   becomes read-only (keeping its other flags, which a user namespace may
 *   not clear), .git included; /proc/sys and sysrq too;
 * - each PRIVATE_DIR (/tmp, TMPDIR, RUNNER_TEMP, ...) becomes an empty tmpfs,
 *   which hides the runner's step files, specgate's trusted store and temp
 *   files;
 * - HOME gets an overlay (writes there vanish), and the private dirs beneath
 *   HOME are emptied again on top of it (on GitHub's runners RUNNER_TEMP and
 *   the work tree live under HOME);
 * - the work tree is put back from a handle opened at the start wherever
 *   something covered it, with its read-only .git;
 * - each HIDDEN path (credential files, sockets) is covered;
 * - the command then runs without any capability (as an unprivileged user
 *   where root set this up), so it cannot undo any of this.
 *
 * When the command exits, the kernel kills every process left in its PID
 * namespace: nothing QA started outlives it.
 */
export const SANDBOX_SCRIPT = String.raw`set -euf
ws=$1 uid=$2 gid=$3 userns=$4 home=$5
shift 5
nl='
'
privs=
while [ "$1" != -- ]; do privs="$privs$1$nl"; shift; done
shift
hidden=
while [ "$1" != -- ]; do hidden="$hidden$1$nl"; shift; done
shift
id_of() { stat -L -c %d:%i -- "$1" 2>/dev/null || echo none; }
tmpfs_on() { if [ -d "$1" ]; then mount -t tmpfs -o "mode=$2,nosuid,nodev" specgate -- "$1"; fi; }
mount --bind -- "$ws" "$ws"
if [ -e "$ws/.git" ]; then mount --bind -- "$ws/.git" "$ws/.git"; fi
ws_id=$(id_of "$ws")
exec 3<"$ws"
home_id=none
if [ -n "$home" ] && [ -d "$home" ]; then home_id=$(id_of "$home"); exec 4<"$home"; fi
mounts=$(cut -d' ' -f5,6 /proc/self/mountinfo)
printf '%s\n' "$mounts" | while read -r mp opts; do
  mp=$(printf '%b' "$mp")
  [ "$mp" = "$ws" ] && continue
  case "$mp" in /proc|/proc/*) continue;; esac
  keep=$(printf '%s' "$opts" | tr ',' '\n' | grep -v -x -e rw -e ro | paste -sd, -) || keep=
  if [ -n "$keep" ]; then keep=",$keep"; fi
  if ! mount -o "remount,bind,ro$keep" -- "$mp" 2>/dev/null; then
    case "$mp" in
      /sys|/sys/*|/dev|/dev/*|/run|/run/*) ;;
      *) echo "specgate sandbox: cannot make $mp read-only" >&2; exit 97;;
    esac
  fi
done
for p in /proc/sys /proc/sysrq-trigger; do
  [ -e "$p" ] || continue
  if mount --bind -- "$p" "$p" 2>/dev/null; then mount -o remount,bind,ro -- "$p"
  elif [ "$userns" != 1 ]; then echo "specgate sandbox: cannot make $p read-only" >&2; exit 97; fi
done
IFS=$nl
for p in $privs; do tmpfs_on "$p" 1777; done
if [ "$home_id" != none ]; then
  if [ "$(id_of "$home")" != "$home_id" ]; then
    mkdir -p -- "$home"
    mount --no-canonicalize --rbind /proc/self/fd/4 "$home"
  fi
  up=$(mktemp -d /tmp/.specgate-home.XXXXXX)
  mkdir "$up/u" "$up/w"
  lower="lowerdir=$home,upperdir=$up/u,workdir=$up/w"
  mount -t overlay -o "$lower" specgate-home "$home" 2>/dev/null ||
    mount -t overlay -o "$lower,userxattr" specgate-home "$home" 2>/dev/null ||
    echo "specgate sandbox: HOME is read-only here" >&2
  for p in $privs; do case "$p" in "$home"/*) tmpfs_on "$p" 1777;; esac; done
fi
if [ "$(id_of "$ws")" != "$ws_id" ]; then
  mkdir -p -- "$ws"
  mount --no-canonicalize --rbind /proc/self/fd/3 "$ws"
fi
exec 3<&- 4<&-
for p in $hidden; do
  if [ -d "$p" ]; then tmpfs_on "$p" 0700
  elif [ -e "$p" ]; then mount --bind -- /dev/null "$p"; fi
done
unset IFS
cd -P -- "$ws"
if [ "$userns" = 1 ]; then
  exec setpriv --inh-caps=-all --ambient-caps=-all --bounding-set=-all --no-new-privs -- "$@"
fi
exec setpriv --reuid="$uid" --regid="$gid" --clear-groups --inh-caps=-all --ambient-caps=-all \
  --bounding-set=-all --no-new-privs --pdeathsig=KILL -- "$@"
`;
