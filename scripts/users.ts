import { runUsersCli } from '../server/auth/users-cli';

/**
 * `npm run users -- add <username> --role manager|staff` / `remove <username>` / `list`.
 * The password comes from standard input: piped (`printf '%s' "$PW" | npm run users -- add …`), or
 * typed at a prompt that does not echo it. It never appears in the arguments (shell history, ps).
 */
async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline is the terminator of `echo`, not part of the password.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function prompt(question: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  let typed = '';
  return new Promise((resolve, reject) => {
    const onData = (key: string) => {
      for (const ch of key) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          return resolve(typed);
        }
        if (ch === '\u0003') {
          stdin.setRawMode(false);
          return reject(new Error('cancelled'));
        }
        if (ch === '\u007f') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const first = await prompt('Password: ');
  const again = await prompt('Password again: ');
  if (first !== again) throw new Error('The two passwords differ.');
  return first;
}

try {
  process.exitCode = await runUsersCli(process.argv.slice(2), {
    env: process.env,
    readPassword,
    out: (line) => void process.stdout.write(`${line}\n`),
    err: (line) => console.error(line),
  });
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
}
