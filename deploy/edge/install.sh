#!/usr/bin/env bash
# Installs the edge agent on a Raspberry Pi-class Linux device (arm64 or x64) as a systemd service.
# Usage: sudo ./install.sh <published agent directory> [appsettings.json]
#   Publish first (on any machine with the .NET SDK):
#   dotnet publish edge-agents/ScenarioEdge.EdgeAgent -c Release -r linux-arm64 --self-contained false -o out/edge
# The device needs the .NET 10 runtime (or publish with --self-contained true).
set -euo pipefail

src="${1:?usage: sudo $0 <published agent directory> [appsettings.json]}"
config="${2:-}"
here="$(cd "$(dirname "$0")" && pwd)"
app=/opt/scenarioedge/edge
data=/var/lib/scenarioedge
etc=/etc/scenarioedge

[ "$(id -u)" -eq 0 ] || { echo "install.sh: run as root (sudo)" >&2; exit 1; }
[ -f "$src/ScenarioEdge.EdgeAgent.dll" ] || { echo "install.sh: $src has no ScenarioEdge.EdgeAgent.dll; publish the agent first" >&2; exit 1; }

# Service user: no login, no home, in the groups that own the Bluetooth and GPIO devices.
for group in bluetooth gpio; do getent group "$group" >/dev/null || groupadd --system "$group"; done
id scenarioedge >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin --user-group scenarioedge
usermod -a -G bluetooth,gpio scenarioedge

install -d -o root -g root -m 0755 "$app"
cp -a "$src/." "$app/"
chown -R root:root "$app"
chmod 0755 "$app/ScenarioEdge.EdgeAgent" 2>/dev/null || true
install -d -o scenarioedge -g scenarioedge -m 0700 "$data"
install -d -o root -g scenarioedge -m 0750 "$etc"
if [ -n "$config" ]; then
  install -o root -g scenarioedge -m 0640 "$config" "$app/appsettings.Production.json"
elif [ ! -f "$app/appsettings.Production.json" ]; then
  install -o root -g scenarioedge -m 0640 "$here/appsettings.example.json" "$app/appsettings.Production.json"
  echo "install.sh: installed the example config; edit $app/appsettings.Production.json (store, device, broker)"
fi
# Secrets stay out of the JSON: variables here override it, e.g. Agent__Broker__Password=the-device-secret.
[ -f "$etc/edge.env" ] || install -o root -g scenarioedge -m 0640 /dev/null "$etc/edge.env"

install -o root -g root -m 0644 "$here/scenarioedge-edge.service" /etc/systemd/system/scenarioedge-edge.service
systemctl daemon-reload
systemctl enable scenarioedge-edge.service
systemctl restart scenarioedge-edge.service
echo "install.sh: started; follow it with 'journalctl -u scenarioedge-edge -f'"
