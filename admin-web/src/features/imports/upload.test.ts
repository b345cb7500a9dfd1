import { describe, expect, it, vi } from 'vitest';
import { uploadImport } from './upload';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('uploadImport', () => {
  it('posts the file as text/csv with the flags, and returns the report', async () => {
    const report = { kind: 'CUSTOMERS', rows: [], totalRows: 0 };
    const fetchImpl = vi.fn(async () => json(200, report));
    const file = new Blob(['name\nAli\n']);
    const result = await uploadImport(
      'customers',
      file,
      { dryRun: true, allOrNothing: false },
      fetchImpl,
    );
    expect(result).toEqual({ ok: true, report });
    expect(fetchImpl).toHaveBeenCalledWith('/imports/customers?dryRun=true&allOrNothing=false', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'text/csv' },
      body: file,
    });
  });

  it('reads a refusal with its reason and columns', async () => {
    const fetchImpl = vi.fn(async () =>
      json(400, {
        error: {
          code: 'BAD_USER_INPUT',
          reason: 'CSV_HEADER',
          columns: ['Ayakkabı no'],
          message: 'Unknown column',
        },
      }),
    );
    const result = await uploadImport(
      'packages',
      new Blob(['x']),
      { dryRun: false, allOrNothing: true },
      fetchImpl,
    );
    expect(result).toEqual({
      ok: false,
      failure: {
        code: 'BAD_USER_INPUT',
        reason: 'CSV_HEADER',
        columns: ['Ayakkabı no'],
        message: 'Unknown column',
      },
    });
  });

  it('tells a network failure, a proxy’s HTML 413, and a file over 20 MB (not sent) apart', async () => {
    const options = { dryRun: true, allOrNothing: false };
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await uploadImport('customers', new Blob(['x']), options, offline)).toMatchObject({
      failure: { code: 'NETWORK_ERROR' },
    });
    const proxy = vi.fn(async () => new Response('<html>413</html>', { status: 413 }));
    expect(await uploadImport('customers', new Blob(['x']), options, proxy)).toMatchObject({
      failure: { code: 'BAD_USER_INPUT', reason: 'CSV_TOO_LARGE' },
    });
    const never = vi.fn();
    const big = { size: 21 * 1024 * 1024 } as Blob;
    expect(await uploadImport('customers', big, options, never)).toMatchObject({
      failure: { reason: 'CSV_TOO_LARGE' },
    });
    expect(never).not.toHaveBeenCalled();
  });
});
