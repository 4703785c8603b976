#!/usr/bin/env bash
# Makes a Java runtime base image without a registry or a Docker daemon, for building and trying
# the bot's image on a machine that reaches no container registry (mvn -Pimage,local-base package).
# Production uses a maintained base image instead (bot/pom.xml, profile "image"; docs/operations.md#containers).
#
# The image: a jlink'd runtime of the JDK running this script at /opt/java/openjdk, the shared
# libraries it needs copied from this machine, /tmp, and a "nonroot" user (65532) - one layer in
# the `docker save` format that Jib reads as tar://.
#
#   bot/container/local-base-image.sh OUTPUT.tar [JAVA_HOME]
set -euo pipefail

out=$(realpath -m "$1")
java_home=${2:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs

# java.se has java.desktop, which Spring needs for java.beans and the gap chart for Java 2D.
"$java_home/bin/jlink" --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.management,jdk.naming.dns,jdk.net,jdk.zipfs,jdk.jfr,jdk.charsets,jdk.random,jdk.localedata \
  --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/java/openjdk"

# The C libraries the runtime loads: headless Java 2D draws the gap chart (fonts through FreeType
# and fontconfig, which is loaded at run time, so named here); not X11, sound or the splash screen.
libs=$( (find "$root/opt/java/openjdk" \( -name java -o -name '*.so' \) -type f \
         | grep -Ev '/lib(awt_xawt|jsound|splashscreen|jawt)\.so'; ls /lib/x86_64-linux-gnu/libfontconfig.so.1) \
         | xargs ldd 2>/dev/null | awk '/=>/ && $3 ~ /^\// {print $3} /^\t\/.*ld-linux/ {print $1}' \
         | grep -v "^$root" | sort -u)
libs="$libs /lib/x86_64-linux-gnu/libfontconfig.so.1"
for lib in $libs; do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
# libnss: name lookups (DNS) read /etc/nsswitch.conf; without it glibc falls back to files and dns.
for lib in /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 /lib/x86_64-linux-gnu/libresolv.so.2; do
  if [ -e "$lib" ]; then mkdir -p "$root$(dirname "$lib")"; cp -L "$lib" "$root$lib"; fi
done

# Fonts for the chart's labels: fontconfig's settings and the DejaVu family, if this machine has them.
for dir in /etc/fonts /usr/share/fonts/truetype/dejavu; do
  if [ -d "$dir" ]; then mkdir -p "$root$(dirname "$dir")"; cp -rL "$dir" "$root$dir"; fi
done

mkdir -p "$root/etc" "$root/tmp"
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nnonroot:x:65532:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"
mkdir -p "$root/home/nonroot"

# One layer, with fixed owners and times so that the same JDK gives the same image.
image=$work/image
mkdir -p "$image"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' -C "$root" -cf "$image/layer.tar" .
diff_id=sha256:$(sha256sum "$image/layer.tar" | cut -d' ' -f1)
cat > "$image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"2026-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java/openjdk"]},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]}}
JSON
printf '[{"Config":"config.json","RepoTags":["local/capability-bot-jre:latest"],"Layers":["layer.tar"]}]\n' > "$image/manifest.json"
mkdir -p "$(dirname "$out")"
tar --owner=0 --group=0 --numeric-owner --mtime='2026-01-01 00:00Z' -C "$image" -cf "$out" manifest.json config.json layer.tar
echo "Local base image: $out ($("$root/opt/java/openjdk/bin/java" -version 2>&1 | head -1))"
