/** `npm run --silent extract -- FILE [--url URL]` / `--jsonl FILE...` / `--jsonl --pages LIST`: the reader pipeline in node (see main.ts). */
import { main } from './main';

// One line, never a stack trace. A batch (--jsonl) goes on: an error thrown while a page is extracted fails that
// page's own line; one thrown later, between pages, must not take the rest of the batch with it.
const batch = process.argv.includes('--jsonl');
process.on('uncaughtException', (error) => {
  process.stderr.write(`${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  if (!batch) process.exit(1);
});

void main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then((code) => {
  process.exitCode = code;
});
