/**
 * The sandbox's set-up, run by /bin/sh as root (real root, or root of a new
 * user namespace) inside new PID and mount namespaces with their own /proc,
 * before the QA command. Arguments, never interpreted as code:
 *
 *   WORKSPACE UID GID USERNS HOME -- PRIVATE_DIR... -- HIDDEN... -- COMMAND...
 *
 * - the work tree stays writable; its .git, and every other mount, become
 *   read-only (keeping each mount's other flags, which a user namespace may
 *   not clear);
 * - each PRIVATE_DIR (/tmp, TMPDIR, RUNNER_TEMP, ...) becomes an empty tmpfs,
 *   which hides the runner's step files, specgate's trusted store and temp
 *   files; a work tree or HOME beneath one is put back from an open handle;
 * - HOME gets an overlay, so writes there vanish when QA ends;
 * - each HIDDEN path (credential files, container sockets) is covered;
 * - the command then runs without any capability (as the work tree's owner
 *   where root set this up), so it cannot undo any of this.
 *
 * When the command exits, the kernel kills every process left in its PID
 * namespace: nothing QA started outlives it.
 */
export const SANDBOX_SCRIPT = String.raw`set -eu
ws=$1 uid=$2 gid=$3 userns=$4 home=$5
shift 5
id_of() { stat -L -c %d:%i -- "$1" 2>/dev/null || echo none; }
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
while [ "$1" != -- ]; do
  if [ -d "$1" ]; then mount -t tmpfs -o mode=1777,nosuid,nodev specgate-private -- "$1"; fi
  shift
done
shift
if [ "$(id_of "$ws")" != "$ws_id" ]; then
  mkdir -p -- "$ws"
  mount --no-canonicalize --rbind /proc/self/fd/3 "$ws"
fi
exec 3<&-
if [ "$home_id" != none ]; then
  if [ "$(id_of "$home")" != "$home_id" ]; then
    mkdir -p -- "$home"
    mount --no-canonicalize --rbind /proc/self/fd/4 "$home"
  fi
  exec 4<&-
  up=$(mktemp -d /tmp/.specgate-home.XXXXXX)
  mkdir "$up/u" "$up/w"
  lower="lowerdir=$home,upperdir=$up/u,workdir=$up/w"
  mount -t overlay -o "$lower" specgate-home "$home" 2>/dev/null ||
    mount -t overlay -o "$lower,userxattr" specgate-home "$home" 2>/dev/null ||
    echo "specgate sandbox: HOME is read-only here" >&2
fi
while [ "$1" != -- ]; do
  if [ -d "$1" ]; then mount -t tmpfs -o mode=0700,nosuid,nodev specgate-hidden -- "$1"
  elif [ -e "$1" ]; then mount --bind -- /dev/null "$1"; fi
  shift
done
shift
cd -P -- "$ws"
if [ "$userns" = 1 ]; then
  exec setpriv --inh-caps=-all --ambient-caps=-all --bounding-set=-all --no-new-privs -- "$@"
fi
exec setpriv --reuid="$uid" --regid="$gid" --clear-groups --inh-caps=-all --ambient-caps=-all \
  --bounding-set=-all --no-new-privs --pdeathsig=KILL -- "$@"
`;
