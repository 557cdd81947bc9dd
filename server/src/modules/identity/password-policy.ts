// Staff passwords (ASVS 5.0 V6.2): long (length is what counts, so no composition rules), and not
// guessable — checked against the common-password and word lists that zxcvbn ships (with the
// project) and against words of this account and this system, which an attacker tries first. The
// bar is zxcvbn's top score (about 10^10 guesses): staff accounts reach many residents' data.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import { STAFF_PASSWORD_MIN_LENGTH } from '@bianmin/shared';

/** Words of this system an attacker would try in a password. */
const SYSTEM_WORDS = ['bianmin', '便民', 'chengyang', '城阳', 'qingdao', '青岛', 'admin', 'demo', 'window', 'staff', 'zhengwu', '政务'];

let estimator: ZxcvbnFactory | null = null;
// Built on first use: the dictionaries take a moment to index and most processes never need them.
const zxcvbn = () => (estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary }, graphs: common.adjacencyGraphs }));

/** Why this password may not be used, in words the officer understands; null when it may. */
export function passwordProblem(password: string, account: { username: string; displayName?: string }): string | null {
  // The same count as the schema's minLength (UTF-16 units), so both sides agree.
  if (password.length < STAFF_PASSWORD_MIN_LENGTH)
    return `密码至少${STAFF_PASSWORD_MIN_LENGTH}位；建议用一句只有您知道的长句，例如几个不相关的词加数字`;
  const inputs = [account.username, ...account.username.split(/[._-]/), account.displayName ?? '', ...SYSTEM_WORDS].filter(
    (w) => w.length >= 2,
  );
  const result = zxcvbn().check(password, inputs);
  if (result.score < 4) return '这个密码太常见或太容易被猜到（如常用密码、用户名、系统名称、年份），请换一个更长、更独特的密码';
  return null;
}
