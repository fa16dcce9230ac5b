/**
 * The sandbox's set-up, run by /bin/sh as root (real root, or root of a new
 * user namespace) inside new PID, IPC, network and mount namespaces with
 * their own /proc, before the QA command. Arguments, never interpreted as code:
 *
 *   WORKSPACE UID GID USERNS HOME CACHE NODE EGRESS_DIR FORWARDER EGRESS_SPEC HOSTS_FILE
 *     -- KEEP... -- CACHES... -- PRIVATE_DIR... -- HIDDEN... -- COMMAND...
 *
 * Its $0 is the gate's own token, by which specgate finds this shell, and
 * so this gate's PID namespace, to kill whatever the gate leaves behind.
 *
 * In this order, because each step can cover what an earlier one made:
 * - the network namespace gets its loopback up, and nothing else; with an
 *   allowlist, NODE runs FORWARDER in EGRESS_DIR (outside the sandbox) to
 *   pass each allowed address and port to its Unix socket there, and
 *   HOSTS_FILE becomes /etc/hosts;
 * - the work tree and its .git get their own mounts, and every other mount
 *   becomes read-only (keeping its other flags, which a user namespace may
 *   not clear), .git included; /proc/sys and sysrq too;
 * - each PRIVATE_DIR (/tmp, TMPDIR, RUNNER_TEMP, ...) becomes an empty tmpfs,
 *   which hides the runner's step files, specgate's trusted store and temp
 *   files;
 * - HOME becomes an empty tmpfs, and each KEEP path (toolchains and caches,
 *   relative to HOME) comes back from a handle opened at the start, as an
 *   overlay whose writes vanish, or read-only; with CACHE (a folder of
 *   specgate's, one per gate and run), the writes go there instead, so the
 *   same gate's next round starts warm, and still never reach HOME; each
 *   of CACHES (common caches HOME lacks) is then that folder itself;
 * - the work tree is put back from a handle opened at the start wherever
 *   something covered it, with its read-only .git; .git then gets an overlay
 *   whose writes vanish with the command (hook installers such as lefthook
 *   write there), or stays read-only where no overlay can be made;
 * - each HIDDEN path (credential files, sockets) is covered;
 * - the command then runs without any capability (as the checkout's owner and
 *   group where root set this up), so it cannot undo any of this.
 *
 * This shell stays PID 1 of the namespace and waits for the command: QA code
 * is never PID 1, and cannot signal this shell (the kernel drops signals
 * to a namespace's init that it does not handle). When it exits, on the
 * command's end or on SIGTERM, the kernel kills every process left in the
 * namespace, whatever they did to their sessions or death signals.
 */
export const SANDBOX_SCRIPT = String.raw`set -euf
ws=$1 uid=$2 gid=$3 userns=$4 home=$5 cache=$6
shift 6
node=$1 egress=$2 forwarder=$3 egress_spec=$4 hosts=$5
shift 5
nl='
'
keep=
while [ "$1" != -- ]; do keep="$keep$1$nl"; shift; done
shift
caches=
while [ "$1" != -- ]; do caches="$caches$1$nl"; shift; done
shift
privs=
while [ "$1" != -- ]; do privs="$privs$1$nl"; shift; done
shift
hidden=
while [ "$1" != -- ]; do hidden="$hidden$1$nl"; shift; done
shift
if ! ip link set lo up 2>/dev/null; then echo "specgate sandbox: no loopback (ip failed)" >&2; fi
if [ -n "$egress" ]; then
  said=$( (cd -- "$egress" && exec "$node" -e "$forwarder" "$egress_spec" </dev/null 2>&1 &) | head -n 1)
  if [ "$said" != ready ]; then
    echo "specgate sandbox: the network forwarder did not start: $said" >&2
    exit 97
  fi
  mount --bind -- "$hosts" /etc/hosts
fi
id_of() { stat -L -c %d:%i -- "$1" 2>/dev/null || echo none; }
# Folders made in the new HOME belong to whom QA runs as, so it can add its own beside them.
mkhome() {
  if [ "$userns" = 1 ]; then mkdir -p -- "$1"
  else setpriv --reuid="$uid" --regid="$gid" --clear-groups mkdir -p -- "$1"; fi
}
tmpfs_on() { if [ -d "$1" ]; then mount -t tmpfs -o "mode=$2,nosuid,nodev$3" specgate -- "$1"; fi; }
mount --bind -- "$ws" "$ws"
if [ -e "$ws/.git" ]; then mount --bind -- "$ws/.git" "$ws/.git"; fi
ws_id=$(id_of "$ws")
exec 3<"$ws"
have_home=
if [ -n "$home" ] && [ -d "$home" ]; then have_home=1; exec 4<"$home"; fi
if [ -n "$cache" ] && [ -d "$cache" ]; then
  mount --bind -- "$cache" "$cache"
  exec 5<"$cache"
else cache=; fi
mounts=$(cut -d' ' -f5,6 /proc/self/mountinfo)
printf '%s\n' "$mounts" | while read -r mp opts; do
  mp=$(printf '%b' "$mp")
  [ "$mp" = "$ws" ] && continue
  [ -n "$cache" ] && [ "$mp" = "$cache" ] && continue
  case "$mp" in /proc|/proc/*) continue;; esac
  keep_opts=$(printf '%s' "$opts" | tr ',' '\n' | grep -v -x -e rw -e ro | paste -sd, -) || keep_opts=
  if [ -n "$keep_opts" ]; then keep_opts=",$keep_opts"; fi
  if ! mount -o "remount,bind,ro$keep_opts" -- "$mp" 2>/dev/null; then
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
for p in $privs; do tmpfs_on "$p" 1777 ''; done
if [ -n "$have_home" ]; then
  if [ ! -d "$home" ]; then mkdir -p -- "$home"; fi
  if [ "$userns" = 1 ]; then owner=; else owner=",uid=$uid,gid=$gid"; fi
  tmpfs_on "$home" 0755 "$owner"
  for rel in $keep; do
    src=/proc/self/fd/4/$rel
    [ -d "$src" ] || continue
    mkhome "$home/$rel"
    if [ -n "$cache" ]; then
      up=/proc/self/fd/5/$(printf '%s' "$rel" | tr '/' '%')
      mkdir -p -- "$up/u" "$up/w"
    else
      up=$(mktemp -d /tmp/.specgate-home.XXXXXX)
      mkdir "$up/u" "$up/w"
    fi
    lower="lowerdir=$src,upperdir=$up/u,workdir=$up/w"
    mount -t overlay -o "$lower" specgate-home "$home/$rel" 2>/dev/null ||
      mount -t overlay -o "$lower,userxattr" specgate-home "$home/$rel" 2>/dev/null ||
      mount --no-canonicalize --rbind -- "$src" "$home/$rel"
  done
  if [ -n "$cache" ]; then
    for rel in $caches; do
      up=/proc/self/fd/5/$(printf '%s' "$rel" | tr '/' '%')
      mkhome "$home/$rel"
      mkdir -p -- "$up/u"
      if [ "$userns" != 1 ]; then chown -- "$uid:$gid" "$up/u"; fi
      mount --no-canonicalize --bind -- "$up/u" "$home/$rel"
    done
  fi
fi
if [ "$(id_of "$ws")" != "$ws_id" ]; then
  mkdir -p -- "$ws"
  mount --no-canonicalize --rbind /proc/self/fd/3 "$ws"
fi
if [ -d "$ws/.git" ] && [ ! -L "$ws/.git" ]; then
  up=$(mktemp -d /tmp/.specgate-git.XXXXXX)
  mkdir "$up/u" "$up/w"
  lower="lowerdir=$ws/.git,upperdir=$up/u,workdir=$up/w"
  mount -t overlay -o "$lower" specgate-git "$ws/.git" 2>/dev/null ||
    mount -t overlay -o "$lower,userxattr" specgate-git "$ws/.git" 2>/dev/null || true
fi
exec 3<&- 4<&- 5<&-
for p in $hidden; do
  if [ -d "$p" ]; then tmpfs_on "$p" 0700 ''
  elif [ -e "$p" ]; then mount --bind -- /dev/null "$p"; fi
done
unset IFS
cd -P -- "$ws"
trap 'exit 143' TERM INT HUP
if [ "$userns" = 1 ]; then
  setpriv --inh-caps=-all --ambient-caps=-all --bounding-set=-all --no-new-privs -- "$@" &
else
  setpriv --reuid="$uid" --regid="$gid" --clear-groups --inh-caps=-all --ambient-caps=-all \
    --bounding-set=-all --no-new-privs --pdeathsig=KILL -- "$@" &
fi
wait "$!" || exit "$?"
`;

/**
 * Kills everything in the PID namespace of one gate: the namespace of each
 * process whose command line holds the gate's token (its init, whose $0 it
 * is). Each namespace is held open while its processes are found and killed,
 * so its id cannot pass to another gate's namespace meanwhile; the reaper's
 * own namespace is never touched. Exits 0 once no process of the gate is
 * alive, 1 naming them if some still are after about ten seconds. Run with
 * the sandbox's own privilege (root, sudo, or the owner of the user namespace).
 *
 *   TOKEN
 */
export const REAPER_SCRIPT = `token=$1 tries=0
case "$token" in specgate-sandbox-[0-9a-f]*) ;; *) echo "specgate reaper: bad token" >&2; exit 2;; esac
self=$(stat -L -c %i /proc/self/ns/pid)
reap_ns() {
  ns=$(stat -L -c %i /proc/self/fd/5) || return 0
  [ "$ns" = "$self" ] && return 0
  pids=$(stat -L -c '%i %n' /proc/[0-9]*/ns/pid 2>/dev/null | while IFS=' /' read -r ino _ p _; do
    if [ "$ino" = "$ns" ]; then echo "$p"; fi
  done)
  [ -z "$pids" ] && return 0
  kill -KILL $pids 2>/dev/null
  echo $pids
}
while :; do
  left=
  for f in $(grep -l -a -F -e "$token" /proc/[0-9]*/cmdline 2>/dev/null); do
    pid=\${f#/proc/}
    pid=\${pid%/cmdline}
    [ "$pid" = "$$" ] && continue
    left="$left$(reap_ns 5<"/proc/$pid/ns/pid" 2>/dev/null)"
  done
  [ -z "$left" ] && exit 0
  tries=$((tries + 1))
  if [ "$tries" -gt 200 ]; then echo "still alive: $left" >&2; exit 1; fi
  sleep 0.05
done
`;
