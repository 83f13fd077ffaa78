#!/bin/sh
# docs/archive.md's GNU parallel command, run for real over ssh on this machine: an sshd of
# Debian's openssh-server on 127.0.0.1 (a port of its own, a throwaway host key and login
# key, nothing of the system's configuration touched), a two-volume archive, the
# documented `parallel --sshloginfile …` line; then each volume's PDF and EPUB are checked
# to be the bytes of a local `wenzhai build`.
# Usage: scripts/archive-ssh.sh PATH/TO/wenzhai SOURCE_TREE
# sshd is /usr/sbin/sshd, or $WZ_SSHD (e.g. from `apt-get download openssh-server` unpacked
# with dpkg-deb -x; its libwrap0 beside it through LD_LIBRARY_PATH). Without an sshd
# user in /etc/passwd (the package's postinst makes it), sshd runs in a mount namespace
# that sees a copy of /etc/passwd with one (unshare -m). Exit 77 (CTest: skipped) when
# sshd, GNU parallel or that namespace is not available.
set -eu
wenzhai=$(realpath "${1:?usage: archive-ssh.sh WENZHAI SOURCE_TREE}")
src=$(realpath "${2:?usage: archive-ssh.sh WENZHAI SOURCE_TREE}")
sshd=${WZ_SSHD:-/usr/sbin/sshd}
skip() {
  echo "SKIPPED: $*"
  exit 77
}
[ -x "$sshd" ] || skip "no sshd (Debian's openssh-server, or WZ_SSHD=path)"
for tool in parallel ssh ssh-keygen; do
  command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed (Debian's parallel, openssh-client)"
done

work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
ssh-keygen -q -t ed25519 -N '' -f "$work/host"
ssh-keygen -q -t ed25519 -N '' -f "$work/login"
cp "$work/login.pub" "$work/authorized_keys"
port=$((20000 + $$ % 20000))
cat >"$work/sshd_config" <<EOF
Port $port
ListenAddress 127.0.0.1
HostKey $work/host
AuthorizedKeysFile $work/authorized_keys
PidFile $work/sshd.pid
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
EOF
mkdir -p /run/sshd 2>/dev/null || true
if id sshd >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
  "$sshd" -D -f "$work/sshd_config" -E "$work/sshd.log" &
else
  cp /etc/passwd "$work/passwd"
  echo 'sshd:x:64999:65534::/run/sshd:/usr/sbin/nologin' >>"$work/passwd"
  unshare -m sh -c "mount --bind '$work/passwd' /etc/passwd && exec '$sshd' -D \
    -f '$work/sshd_config' -E '$work/sshd.log'" &
fi
pid=$!
ssh_cmd="ssh -p $port -i $work/login -o BatchMode=yes -o StrictHostKeyChecking=no \
-o UserKnownHostsFile=$work/known_hosts"
login="$(id -un)@127.0.0.1"
up=
for _ in $(seq 50); do
  if $ssh_cmd "$login" true 2>/dev/null; then
    up=1
    break
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.2
done
[ -n "$up" ] || { cat "$work/sshd.log" 2>/dev/null; skip "sshd did not start"; }

# The archive (docs/archive.md "The archive's shape"): two volumes, a manifest each.
archive="$work/archive"
for v in 2023 2024; do
  mkdir -p "$archive/$v/pages"
  cp "$src/samples/pages/page-01.txt" "$src/samples/pages/page-03.txt" "$archive/$v/pages/"
  cat >"$archive/$v/$v.toml" <<EOF
[digest]
title = "职工文摘 $v"
date = "$v-03"

[[issues]]
title = "第一期"
sources = ["pages/page-01.txt"]
layout = "digest-a4"

[[issues]]
title = "第二期"
sources = ["pages/page-03.txt"]
layout = "book-a5"
EOF
done
cd "$archive"
find . -mindepth 2 -maxdepth 2 -name '*.toml' | sort >manifests.txt
echo "2/$ssh_cmd $login" >nodes.txt

# The documented command; --env PATH only because this wenzhai is not installed.
PATH="$(dirname "$wenzhai"):$PATH"
export PATH
parallel --sshloginfile nodes.txt --workdir "$archive" --joblog archive.joblog --keep-order \
  --env SOURCE_DATE_EPOCH --env PATH \
  'mkdir -p out/{//} && wenzhai build --json {} -o out/{//}' :::: manifests.txt >results.jsonl

status=0
[ "$(wc -l <results.jsonl)" = 2 ] || { echo "FAIL: expected 2 JSON lines"; status=1; }
if grep '"error"' results.jsonl; then status=1; fi
# Each task ran through ssh (the log has its login) and exited 0 (joblog column 7).
[ "$(grep -c "Accepted publickey" "$work/sshd.log")" -ge 2 ] ||
  { echo "FAIL: the tasks did not log in over ssh"; status=1; }
awk -F '\t' 'NR > 1 && $7 != 0 { bad = 1 } END { exit bad }' archive.joblog ||
  { echo "FAIL: a task failed"; cat archive.joblog; status=1; }
for v in 2023 2024; do
  "$wenzhai" build -q "$v/$v.toml" -o "local/$v"
  for ext in pdf epub; do
    cmp "out/$v/$v.$ext" "local/$v/$v.$ext" || { echo "FAIL: $v.$ext differs"; status=1; }
  done
done
[ "$status" = 0 ] && echo "ok: 2 volumes built over ssh by GNU parallel, byte-identical to local builds"
exit "$status"
