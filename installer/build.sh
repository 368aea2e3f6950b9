#!/usr/bin/env bash
# Builds the self-contained GridLedger (网格台账) installers with the JDK's jlink + jpackage:
# the user needs no Java and no Maven. Output goes to target/installer/ (never committed).
#
#   installer/build.sh [linux|app-image|deb|windows|clean] [--version X.Y.Z] [--skip-jar] [--jar FILE]
#
#   linux      (default) app-image + .deb
#   app-image  only target/installer/image/gridledger/ (run bin/gridledger from there)
#   deb        app-image + target/installer/gridledger_<version>-1_<arch>.deb
#   windows    .msi/.exe cannot be built on Linux: run installer\build.ps1 on Windows (see installer/README.md)
#   clean      remove target/installer/
#   --version  package version (default: the pom's <version> without -SNAPSHOT); raise it for every release,
#              so that installing the new package replaces the old one
#   --skip-jar use the existing target/gridledger.jar instead of running ./mvnw package
#   --jar FILE package this shaded jar instead (implies --skip-jar; used by test-upgrade.sh)
#
# Environment: JAVA_HOME (a JDK 17+ with jpackage/jlink; else the one on PATH), MVN_ARGS (default "-o -q").
# Idempotent: every run rebuilds the image and package from scratch; the jlinked runtime and the jdeps
# result are reused while the JDK, the module list and the jar stay the same.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out="$root/target/installer"
jar="$root/target/gridledger.jar"

target=linux
version=""
skip_jar=false
while [ $# -gt 0 ]; do
  case "$1" in
    linux|app-image|deb|windows|clean) target=$1 ;;
    --version) version=${2:?"--version 需要一个版本号，例如 --version 0.2.0"}; shift ;;
    --version=*) version=${1#--version=} ;;
    --skip-jar) skip_jar=true ;;
    --jar) jar=$(readlink -f "${2:?"--jar 需要一个 jar 文件"}"); skip_jar=true; shift ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | grep '^#' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: 不认识的参数 '$1'（用 --help 查看用法）" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

if [ "$target" = clean ]; then
  rm -rf "$out"; echo "已删除 $out"; exit 0
fi
if [ "$target" = windows ]; then
  cat >&2 <<'EOF'
build.sh: Windows 安装包（.msi/.exe）只能在 Windows 上生成（jpackage 需要 WiX 3，Linux 上会报 "unsupported type"）。
在 Windows 上（JDK 17+，WiX 3.x 的 candle.exe/light.exe 在 PATH 中）打开 PowerShell，在项目目录运行：
    powershell -ExecutionPolicy Bypass -File installer\build.ps1            # .msi
    powershell -ExecutionPolicy Bypass -File installer\build.ps1 -Type exe  # .exe
详见 installer/README.md。
EOF
  exit 2
fi
[ "$(uname -s)" = Linux ] || die "build.sh 只在 Linux 上生成安装包；Windows 请用 installer\\build.ps1"

# --- the JDK: jpackage, jlink and jdeps from one JDK 17 or newer -------------------------------------------
jdk_bin=""
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ]; then
  jdk_bin="$JAVA_HOME/bin"
elif command -v jpackage >/dev/null 2>&1; then
  jdk_bin=$(dirname "$(readlink -f "$(command -v jpackage)")")
fi
[ -n "$jdk_bin" ] || die "找不到 jpackage。需要完整的 JDK 17 或更新版本（不是 JRE），例如 Debian/UOS: sudo apt install openjdk-17-jdk；
  或把 JAVA_HOME 指向这样的 JDK（JAVA_HOME=${JAVA_HOME:-未设置}）。"
for tool in jlink jdeps; do
  [ -x "$jdk_bin/$tool" ] || die "$jdk_bin 里没有 $tool：需要完整的 JDK 17+（含 jlink/jdeps），不是 JRE。"
done
jdk_version=$("$jdk_bin/jpackage" --version 2>/dev/null | head -1)
jdk_major=${jdk_version%%.*}
[[ "$jdk_major" =~ ^[0-9]+$ ]] && [ "$jdk_major" -ge 17 ] \
  || die "jpackage 版本是 '$jdk_version'，需要 JDK 17 或更新版本（$jdk_bin）。"

# --- the jar -----------------------------------------------------------------------------------------------
if [ "$skip_jar" = false ]; then
  say "构建 target/gridledger.jar（./mvnw ${MVN_ARGS:--o -q} package -DskipTests）"
  (cd "$root" && JAVA_HOME="$(dirname "$jdk_bin")" ./mvnw ${MVN_ARGS:--o -q} package -DskipTests) \
    || die "Maven 构建失败（离线构建需要 ~/.m2 里已有全部依赖；要联网下载就设 MVN_ARGS=-q）。"
fi
[ -f "$jar" ] || die "没有 $jar：先运行 ./mvnw package -DskipTests，或去掉 --skip-jar。"

# the jar's manifest names the program version and the database-structure version it migrates to
manifest_dir=$(mktemp -d)
(cd "$manifest_dir" && "$jdk_bin/jar" xf "$jar" META-INF/MANIFEST.MF) || die "读不出 $jar 的 META-INF/MANIFEST.MF"
manifest_value() { sed -n "s/^$1: *//p" "$manifest_dir/META-INF/MANIFEST.MF" | tr -d '\r' | head -1; }
jar_version=$(manifest_value Implementation-Version)
schema_version=$(manifest_value GridLedger-Schema-Version)
rm -rf "$manifest_dir"
[ -n "$schema_version" ] || die "$jar 的清单里没有 GridLedger-Schema-Version：请用 ./mvnw package 重新生成 jar。"
if [ -z "$version" ]; then
  version=${jar_version:-$(sed -n 's:.*<version>\([^<]*\)</version>.*:\1:p' "$root/pom.xml" | head -1)}
  version=${version%-SNAPSHOT}
fi
description="网格台账 $version（数据库结构版本 $schema_version）：乡镇网格、农户、干部台账（离线使用）"
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "版本号 '$version' 不合规：jpackage 要 1 到 3 段数字，例如 0.2.0。"

arch=$(uname -m)
case "$arch" in
  x86_64) deb_arch=amd64 ;;
  aarch64) deb_arch=arm64 ;;
  *) die "JavaFX 和 SQLite 驱动只带 x86-64 和 ARM64 的本机库，本机是 $arch。" ;;
esac

mkdir -p "$out"
start=$(date +%s)

# --- input: the shaded jar, repacked for a small download --------------------------------------------------
# SQLite natives of other platforms are dropped (~12 MB), and the jar is stored uncompressed: xz (.deb) and
# the MSI cabinet compress raw classes far better than a deflated jar (.deb 61 MB -> about 34 MB).
say "准备 input/gridledger.jar（只保留 Linux/$arch 的 SQLite 本机库，不压缩存放）"
rm -rf "$out/input" "$out/jar-x"; mkdir -p "$out/input" "$out/jar-x"
(cd "$out/jar-x" && "$jdk_bin/jar" --extract --file "$jar") || die "解不开 $jar"
if [ -d "$out/jar-x/org/sqlite/native" ]; then
  find "$out/jar-x/org/sqlite/native" -mindepth 2 -maxdepth 2 -type d ! -path "*/native/Linux/$arch" -exec rm -rf {} +
  find "$out/jar-x/org/sqlite/native" -mindepth 1 -type d -empty -delete
fi
"$jdk_bin/jar" --create --no-compress --file "$out/input/gridledger.jar" \
  --manifest "$out/jar-x/META-INF/MANIFEST.MF" -C "$out/jar-x" . || die "jar 重新打包失败"
rm -rf "$out/jar-x"

# --- the runtime: jdeps' modules + modules.txt, jlinked once and reused -------------------------------------
# --compress=0 for the same reason as the stored jar: the package compressor does better on raw data.
jar_sum=$(sha256sum "$jar" | cut -c1-16)
jdeps_cache="$out/jdeps-$jar_sum.txt"
if [ ! -s "$jdeps_cache" ]; then
  say "jdeps：找 jar 用到的 JDK 模块（约 20 秒）"
  rm -f "$out"/jdeps-*.txt
  "$jdk_bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$jdk_major" \
    "$out/input/gridledger.jar" > "$jdeps_cache.tmp" || die "jdeps 失败"
  mv "$jdeps_cache.tmp" "$jdeps_cache"
fi
modules=$( { tr ',' '\n' < "$jdeps_cache"; sed 's/#.*//' "$here/modules.txt"; } | tr -d ' \t\r' | grep -v '^$' | sort -u | paste -sd, -)
jlink_opts=(--strip-debug --no-header-files --no-man-pages --strip-native-commands --compress=0 --include-locales=en,zh)
stamp="$jdk_version|$modules|${jlink_opts[*]}"
if [ ! -f "$out/runtime/release" ] || [ "$(cat "$out/runtime.stamp" 2>/dev/null)" != "$stamp" ]; then
  say "jlink：裁剪运行时（$modules）"
  rm -rf "$out/runtime"
  "$jdk_bin/jlink" --add-modules "$modules" "${jlink_opts[@]}" --output "$out/runtime" || die "jlink 失败"
  echo "$stamp" > "$out/runtime.stamp"
else
  say "jlink：沿用已有运行时 target/installer/runtime"
fi

# --- the app-image -----------------------------------------------------------------------------------------
say "jpackage app-image $version"
rm -rf "$out/image"
(cd "$here" && "$jdk_bin/jpackage" @jpackage-common.args \
  --type app-image \
  --app-version "$version" \
  --description "$description" \
  --icon "$here/resources/gridledger.png" \
  --input "$out/input" \
  --runtime-image "$out/runtime" \
  --dest "$out/image") || die "jpackage app-image 失败"
image="$out/image/gridledger"

# --- class-data sharing: the launcher maps the classes it needs instead of reading them from the jar -------
# JDK 17 ties an archive to the Java runtime and to the jar's absolute path (JDK 19 can relocate, 17 cannot),
# so the archive itself is made where the jar will live. Made here, offline, is the class list: the classes
# that `class-list-training` (the common commands on a small made-up township) loads and, when there is a
# display (DISPLAY, e.g. Xvfb), those of opening the window: lib/app/gridledger.classlist. From it
#  - the app-image gets its own lib/app/gridledger.jsa (for running it in place; checked with -Xshare:on),
#  - the .deb does not carry that one: its postinst dumps /opt/gridledger/lib/app/gridledger.jsa at install
#    (a few seconds, no network) and prerm/postrm remove it; a missing or refused archive only means the old
#    start. JDK warnings go to stderr, never to stdout where --json prints.
# bench measures its child processes the same way (cn.gridledger.cli.ClassDataSharing, ProcessBenchTest).
# Windows (build.ps1) has no archive yet. docs/decisions/import-speed.md, round 2 session 11.
cds_options=('-XX:SharedArchiveFile=$APPDIR/gridledger.jsa' -Xlog:disable -Xlog:all=warning:stderr)
make_cds_archive() {
  local cfg="$image/lib/app/gridledger.cfg" train lists=()
  train=$(mktemp -d)
  cp "$cfg" "$train/gridledger.cfg"
  launcher_with() { cp "$train/gridledger.cfg" "$cfg"; for o in "$@"; do printf 'java-options=%s\n' "$o" >> "$cfg"; done; }
  launcher_with "-XX:DumpLoadedClassList=$train/cli.classlist"
  if ! "$image/bin/gridledger" class-list-training "$train/training" > "$train/training.log" 2>&1; then
    cp "$train/gridledger.cfg" "$cfg"; tail -5 "$train/training.log" >&2; rm -rf "$train"; return 1
  fi
  lists+=("$train/cli.classlist")
  if [ -n "${DISPLAY:-}" ]; then
    launcher_with "-XX:DumpLoadedClassList=$train/window.classlist" -Dgridledger.exitAfterWindow=true \
      "-Dgridledger.db=$train/training/training.db"
    if timeout 120 "$image/bin/gridledger" > /dev/null 2>&1 && [ -s "$train/window.classlist" ]; then
      lists+=("$train/window.classlist")
    fi
  fi
  awk '!/^#/ && NF && !seen[$0]++' "${lists[@]}" > "$image/lib/app/gridledger.classlist"
  launcher_with "${cds_options[@]}"
  # as the postinst does it: the dump options from the environment, the archive's name from the cfg
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$image/lib/app/gridledger.classlist" \
    "$image/bin/gridledger" > "$train/dump.log" 2>&1 || true
  # -Xshare:on refuses to start unless the archive maps
  if [ ! -s "$image/lib/app/gridledger.jsa" ] \
      || ! JAVA_TOOL_OPTIONS=-Xshare:on "$image/bin/gridledger" --version > /dev/null 2>&1; then
    cp "$train/gridledger.cfg" "$cfg"; rm -f "$image/lib/app/gridledger.jsa" "$image/lib/app/gridledger.classlist"
    tail -5 "$train/dump.log" >&2; rm -rf "$train"; return 1
  fi
  printf '%s 个类（%s），归档 %s\n' "$(wc -l < "$image/lib/app/gridledger.classlist")" \
    "$([ ${#lists[@]} -gt 1 ] && echo 命令行和窗口 || echo 命令行；没有显示器，不含窗口的类)" \
    "$(du -h "$image/lib/app/gridledger.jsa" | cut -f1)" >&2
  rm -rf "$train"
}
say "类数据共享：类清单 lib/app/gridledger.classlist 和本映像的归档 gridledger.jsa"
make_cds_archive || say "警告：类数据共享未能准备，安装包不带它（启动慢一些，功能不受影响）"

# --- the .deb ----------------------------------------------------------------------------------------------
if [ "$target" = linux ] || [ "$target" = deb ]; then
  for tool in dpkg-deb fakeroot; do
    command -v $tool >/dev/null 2>&1 || die "生成 .deb 需要 $tool（sudo apt install dpkg-dev fakeroot）。"
  done
  say "jpackage deb $version"
  rm -f "$out"/gridledger_*.deb
  # the image's archive names the image's path: the package's is made by its postinst (see above)
  [ -f "$image/lib/app/gridledger.jsa" ] && mv "$image/lib/app/gridledger.jsa" "$out/gridledger.jsa.image"
  "$jdk_bin/jpackage" \
    --type deb \
    --app-image "$image" \
    --name gridledger \
    --app-version "$version" \
    --vendor GridLedger \
    --description "$description" \
    --icon "$here/resources/gridledger.png" \
    --resource-dir "$here/resources/linux" \
    --linux-package-name gridledger \
    --linux-deb-maintainer "gridledger@localhost" \
    --linux-menu-group "Office;" \
    --linux-app-category misc \
    --linux-shortcut \
    --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libxtst6, libgl1, libxxf86vm1, fonts-noto-cjk | fonts-wqy-microhei | fonts-wqy-zenhei" \
    --dest "$out" || { [ -f "$out/gridledger.jsa.image" ] && mv "$out/gridledger.jsa.image" "$image/lib/app/gridledger.jsa"; die "jpackage deb 失败"; }
  [ -f "$out/gridledger.jsa.image" ] && mv "$out/gridledger.jsa.image" "$image/lib/app/gridledger.jsa"
fi

# --- report ------------------------------------------------------------------------------------------------
say "完成（$(( $(date +%s) - start )) 秒）"
printf '%-40s %s\n' "app-image target/installer/image/gridledger" "$(du -sh "$image" | cut -f1)"
for f in "$out"/gridledger_*.deb; do
  [ -f "$f" ] && [ "$target" != app-image ] && printf '%-40s %s\n' "${f#"$root"/}" "$(du -h "$f" | cut -f1)"
done
true
