#!/usr/bin/env bash
# Proves on this machine that upgrading the .deb keeps the users' data and migrates its schema:
#   1. build and install version A (the pom's version), as a user create data in the default
#      per-user folder (~/.local/share/gridledger, nothing passed with --db);
#   2. build version B (A with the patch number raised) from a copy of the jar that carries one extra
#      probe migration (V999, only in this test package, never committed as a migration);
#   3. install B over A with dpkg -i: the data must still be there, and B's migration applied.
# Needs root (dpkg -i, useradd) and sqlite3. Runs the program as a throw-away user created for the test
# (removed at the end with its home), so it never touches real data. At the end the test package B is
# uninstalled and its files removed from target/installer (it carries the probe migration): run
# build.sh again before shipping.
#
#   sudo installer/test-upgrade.sh [--skip-jar]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
work="$root/target/installer-upgrade-test"
skip_jar=""
[ "${1:-}" = --skip-jar ] && skip_jar=--skip-jar

[ "$(id -u)" = 0 ] || { echo "test-upgrade.sh: 需要 root（dpkg -i），请用 sudo 运行" >&2; exit 1; }
command -v sqlite3 >/dev/null || { echo "test-upgrade.sh: 需要 sqlite3（apt install sqlite3）" >&2; exit 1; }

version_a=$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' "$root/pom.xml" | head -1)
version_a=${version_a%-SNAPSHOT}
version_b="${version_a%.*}.$(( ${version_a##*.} + 1 ))"
rm -rf "$work"; mkdir -p "$work"
user=gridledger-upgrade-test        # Java takes the home folder from the user account, not from $HOME
id "$user" >/dev/null 2>&1 || useradd --create-home --shell /bin/sh "$user"
trap 'userdel --remove "$user" 2>/dev/null || true' EXIT
home=$(getent passwd "$user" | cut -d: -f6)
db="$home/.local/share/gridledger/gridledger.db"
app=/opt/gridledger/bin/gridledger
as_user() { runuser -u "$user" -- env -u XDG_DATA_HOME -u GRIDLEDGER_DB -u JAVA_HOME PATH=/usr/bin:/bin "$@"; }
sql() { as_user sqlite3 "$db" "$1"; }

step() { printf '\n=== %s\n' "$*"; }
fingerprint() {
  sql "SELECT 'township=' || coalesce((SELECT name FROM township), '-')
      || ' villages=' || (SELECT count(*) FROM village) || ' grids=' || (SELECT count(*) FROM grid)
      || ' households=' || (SELECT count(*) FROM household) || ' members=' || (SELECT count(*) FROM member);"
}

step "版本 A $version_a：构建"
"$here/build.sh" deb $skip_jar --version "$version_a"
cp "$root"/target/installer/gridledger_"$version_a"-1_*.deb "$work/"
deb_a=$(ls "$work"/gridledger_"$version_a"-1_*.deb)

step "版本 B $version_b：构建（多一个探测迁移 V999）"
mkdir -p "$work/jar-b/db/migration"
cp "$root/target/gridledger.jar" "$work/gridledger-b.jar"
cat > "$work/jar-b/db/migration/V999__installer_upgrade_probe.sql" <<'EOF'
-- Only in the upgrade test package: shows that the newer version migrates the existing database.
CREATE TABLE installer_upgrade_probe (note TEXT NOT NULL);
INSERT INTO installer_upgrade_probe (note) VALUES ('migrated by the newer package');
EOF
"${JAVA_HOME:+$JAVA_HOME/bin/}jar" --update --file "$work/gridledger-b.jar" -C "$work/jar-b" db/migration/V999__installer_upgrade_probe.sql
"$here/build.sh" deb --skip-jar --jar "$work/gridledger-b.jar" --version "$version_b"
cp "$root"/target/installer/gridledger_"$version_b"-1_*.deb "$work/"
deb_b=$(ls "$work"/gridledger_"$version_b"-1_*.deb)

step "安装 A：dpkg -i $(basename "$deb_a")"
dpkg -i "$deb_a"
dpkg-query -W gridledger

step "用 A 建数据（默认数据目录，不加 --db）"
if as_user "$app" demo --households 200; then
  echo "（demo 命令生成了演示乡镇）"
else
  echo "（demo 还不可用：用 A 建库后直接写一条乡镇记录和一个村）"
  as_user "$app" check
  sql "INSERT INTO township (id, code, name, county_code, county_name)
                 VALUES (1, '420102001', '升级测试乡', '420102', '测试县');"
  sql "INSERT INTO village (code, name) VALUES ('420102001001', '升级测试村');"
fi
as_user "$app" check
before=$(fingerprint)
schema_a=$(sql "SELECT max(version) FROM flyway_schema_history WHERE success = 1;")
echo "A 的数据：$before；结构版本 $schema_a；数据库 $db"

step "安装 B 覆盖 A：dpkg -i $(basename "$deb_b")"
dpkg -i "$deb_b"
dpkg-query -W gridledger

step "用 B 打开同一个数据库"
as_user "$app" check
after=$(fingerprint)
schema_b=$(sql "SELECT max(version) FROM flyway_schema_history WHERE success = 1;")
probe=$(sql "SELECT note FROM installer_upgrade_probe;")
echo "B 的数据：$after；结构版本 $schema_b；探测表：$probe"

[ "$before" = "$after" ] || { echo "失败：升级后数据变了（前 $before，后 $after）" >&2; exit 1; }
[ "$schema_b" = 999 ] || { echo "失败：B 没有迁移数据库（结构版本 $schema_b）" >&2; exit 1; }
! find /opt/gridledger -name '*.db' | grep -q . || { echo "失败：安装目录里出现了数据库" >&2; exit 1; }
step "卸载（dpkg -r）：数据必须留下"
dpkg -r gridledger
[ ! -e /opt/gridledger ] || { echo "失败：卸载后 /opt/gridledger 还在" >&2; exit 1; }
[ -f "$db" ] || { echo "失败：卸载删掉了用户数据 $db" >&2; exit 1; }
echo "卸载后数据仍在：$(fingerprint)"
# The B package and image carry the probe migration: never leave them where a release could pick them up.
rm -rf "$root/target/installer/image" "$root/target/installer/input" "$root"/target/installer/gridledger_"$version_b"-1_*.deb

echo
echo "通过：升级 $version_a → $version_b 后数据仍在（$after），结构从版本 $schema_a 迁移到 $schema_b；卸载不删数据。"
