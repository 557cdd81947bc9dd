// The nginx template is rendered like envsubst with a fixed list: our four variables, nothing of nginx's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../lib/server-process';
import { render } from './ops-lib';

const TEMPLATE = readFileSync(join(REPO_ROOT, 'deploy/nginx/bianmin.conf'), 'utf8');
const VARS = { BIANMIN_LISTEN: '8080', BIANMIN_H5_ROOT: '/srv/h5', BIANMIN_API_1: '10.0.0.1:3000', BIANMIN_API_2: '10.0.0.2:3000' };

describe('rendering deploy/nginx/bianmin.conf', () => {
  it('fills in the listen address, the build directory and both instances, and keeps nginx variables', () => {
    const conf = render(TEMPLATE, VARS);
    expect(conf).toContain('listen 8080;');
    expect(conf).toContain('root /srv/h5;');
    expect(conf).toContain('server 10.0.0.1:3000 max_fails=1');
    expect(conf).toContain('server 10.0.0.2:3000 max_fails=1');
    expect(conf).toContain('proxy_set_header X-Forwarded-For $remote_addr;');
    expect(conf).toContain('$request_id');
    expect(conf).not.toMatch(/\$\{BIANMIN_/);
  });

  it('refuses to render with a variable missing', () => {
    const three: Record<string, string> = { ...VARS };
    delete three.BIANMIN_API_2;
    expect(() => render(TEMPLATE, three)).toThrow(/BIANMIN_API_2/);
  });
});
