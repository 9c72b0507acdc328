// Runs the two AWS emulators in one child process so that NODE_OPTIONS=--openssl-legacy-provider (needed by
// s3rver on Node 20 for paginated listings) applies to them and not to the test workers.
// Prints one line `READY {"s3":<port>,"ses":<port>}` once both listen on 127.0.0.1.
const S3rver = require('s3rver');
const sesServer = require('aws-ses-v2-local').default;
const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const path = require('node:path');

async function main() {
  const directory = mkdtempSync(path.join(tmpdir(), 'news-digest-s3rver-'));
  const s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, resetOnClose: true });
  const s3Address = await s3.run();
  const ses = await sesServer({ host: '127.0.0.1', port: 0 });
  const sesAddress = ses.address();
  process.stdout.write(`READY ${JSON.stringify({ s3: s3Address.port, ses: sesAddress.port })}\n`);
  const stop = () => {
    ses.close();
    s3.close(() => {
      rmSync(directory, { recursive: true, force: true });
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  // Exit with the parent: a crashed vitest must not leave servers behind.
  process.stdin.on('end', stop);
  process.stdin.resume();
}

main().catch((err) => {
  process.stderr.write(`emulators failed to start: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
