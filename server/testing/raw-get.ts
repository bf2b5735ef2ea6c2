import { request as httpRequest } from 'node:http';

/** A GET with the path sent exactly as written (fetch would normalise `..` and encodings first). */
export function rawGet(
  baseUrl: string,
  path: string,
  method = 'GET',
  headers: Record<string, string> = { 'x-requested-with': 'fetch' },
): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method, headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
