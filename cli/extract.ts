/** `npm run --silent extract -- FILE [--url URL]` / `--jsonl FILE...` / `--jsonl --pages LIST`: the reader pipeline in node (see main.ts). */
import { main } from './main';

process.on('uncaughtException', (error) => {
  process.stderr.write(`${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exit(1);
});

process.exitCode = main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
