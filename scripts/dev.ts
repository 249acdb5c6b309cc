// `npm run dev`: the API server from source on :4321 (restarted on change) and Vite with hot
// reload on :5173, which forwards /api to it. Data goes to .rapport-data/ in the repository, so
// development never touches a user's real Rapport data. Ctrl+C stops both.
import { spawn, type ChildProcess } from 'node:child_process';

const children: ChildProcess[] = [
  spawn('npx', ['tsx', 'watch', 'scripts/dev-server.ts', 'serve', '--port', '4321', '--data-dir', '.rapport-data'], {
    stdio: 'inherit',
  }),
  spawn('npx', ['vite'], { stdio: 'inherit' }),
];

const stopAll = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);
for (const child of children) child.on('exit', stopAll);
