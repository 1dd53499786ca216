/**
 * A private speech-dispatcher for one browser-test run: its own XDG_CONFIG_HOME (speechd.conf with espeak-ng
 * and the ALSA `null` device, so no sound card is needed and `end` events still fire) and its own
 * XDG_RUNTIME_DIR (so its socket never meets another run's server). Chromium, started with
 * `--enable-speech-dispatcher` and this environment, autospawns the server; `cleanup()` ends it.
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SpeechDispatcher {
  /** Environment for the browser. */
  env: Record<string, string>;
  /** Browser flags. */
  args: string[];
  cleanup(): void;
}

const CONFIG = `# Written by Qari's browser tests: espeak-ng voices, audio discarded by ALSA's null device.
AudioOutputMethod "alsa"
AudioALSADevice "null"
AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"
DefaultModule espeak-ng
# Exit soon after the browser disconnects.
Timeout 5
LogLevel 2
LogDir "default"
`;

export function hasSpeechDispatcher(): boolean {
  try {
    execFileSync('which', ['speech-dispatcher'], { stdio: 'ignore' });
    return (
      existsSync('/usr/lib/speech-dispatcher-modules/sd_espeak-ng') ||
      existsSync('/usr/libexec/speech-dispatcher-modules/sd_espeak-ng')
    );
  } catch {
    return false;
  }
}

export function speechDispatcher(): SpeechDispatcher {
  const root = mkdtempSync(join(tmpdir(), 'qari-speechd-'));
  const config = join(root, 'config');
  const runtime = join(root, 'runtime');
  mkdirSync(join(config, 'speech-dispatcher'), { recursive: true });
  mkdirSync(runtime, { recursive: true });
  chmodSync(runtime, 0o700);
  writeFileSync(join(config, 'speech-dispatcher', 'speechd.conf'), CONFIG);
  return {
    env: { XDG_CONFIG_HOME: config, XDG_RUNTIME_DIR: runtime },
    args: ['--enable-speech-dispatcher'],
    cleanup() {
      // The autospawned server writes its pid here; end exactly that process.
      const pids = join(runtime, 'speech-dispatcher', 'pid');
      for (const file of existsSync(pids) ? readdirSync(pids) : []) {
        const pid = Number(readFileSync(join(pids, file), 'utf8').trim());
        if (Number.isInteger(pid) && pid > 1) {
          try {
            process.kill(pid, 'SIGTERM');
          } catch {
            // already gone
          }
        }
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
