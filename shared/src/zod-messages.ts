// The message of every zod issue that has none of its own: a Chinese sentence that says what to
// do, naming the field by its label when the schema gives one (`label('手机号')`). zod's own
// locale says "期望 string，实际接收 number", which tells a resident nothing.
import { z } from 'zod/mini';

type RawIssue = z.core.$ZodRawIssue;

/** Labels of checks, so a too_small issue raised by `z.minLength` can name its field too. */
const checkLabels = new WeakMap<object, string>();

/**
 * Names the field in messages: `z.string().check(z.trim(), z.maxLength(50), label('搜索词'))`.
 * Also recorded as the schema's `title` (OpenAPI).
 */
export function label(title: string) {
  const check = z.meta({ title });
  check._zod.onattach.push((inst) => {
    for (const other of inst._zod.def.checks ?? []) checkLabels.set(other, title);
  });
  return check;
}

/** The label of the schema or check that raised the issue, if the schema was given one. */
function labelOf(issue: RawIssue): string | null {
  const inst = issue.inst;
  if (!inst) return null;
  const meta = z.globalRegistry.get(inst as z.core.$ZodType) as { title?: unknown } | undefined;
  if (typeof meta?.title === 'string') return meta.title;
  return checkLabels.get(inst) ?? null;
}

const TYPE_WORDS: Record<string, string> = {
  number: '数字',
  int: '整数',
  bigint: '整数',
  string: '文字',
  date: '日期',
};

function sizeMessage(
  issue: RawIssue & { origin: string; exact?: boolean; inclusive?: boolean },
  field: string,
  limit: number,
  big: boolean,
): string {
  const { origin } = issue;
  if (origin === 'string') {
    if (!big && limit <= 1) return `请填写${field}`;
    if (issue.exact) return `${field}应为${limit}个字符，请检查后重新填写`;
    return big ? `${field}不能超过${limit}个字，请删减后再提交` : `${field}至少需要${limit}个字，请补充完整`;
  }
  if (origin === 'array' || origin === 'set') {
    if (!big && limit <= 1) return `请至少选择一项${field === '这一项' ? '' : field}`;
    return big ? `${field}最多只能选择${limit}项，请减少后再提交` : `${field}至少需要选择${limit}项，请补充`;
  }
  if (origin === 'file') return big ? '文件太大，请压缩或换一个较小的文件' : '文件是空的，请重新选择';
  const strict = issue.inclusive === false;
  if (big) return `${field}${strict ? '应小于' : '不能大于'}${limit}，请修改后再提交`;
  return `${field}${strict ? '应大于' : '不能小于'}${limit}，请修改后再提交`;
}

/** The sentence for an issue; `field` is the label, or 这一项 when the schema has none. */
export function issueMessage(issue: RawIssue, field: string): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null || issue.input === '') {
        return issue.expected === 'boolean' ? `请选择${field}` : `请填写${field}`;
      }
      const word = TYPE_WORDS[issue.expected];
      if (word) return `${field}应填写${word}，请检查后重新填写`;
      if (issue.expected === 'boolean') return `${field}应选择“是”或“否”，请重新选择`;
      return `${field}的内容不完整或格式不对，请刷新页面后重新填写`;
    }
    case 'too_small':
      return sizeMessage(issue, field, Number(issue.minimum), false);
    case 'too_big':
      return sizeMessage(issue, field, Number(issue.maximum), true);
    case 'invalid_format':
      if (issue.format === 'email') return '请填写正确的电子邮箱地址，例如 name@example.com';
      if (issue.format === 'url') return '请填写以 http:// 或 https:// 开头的完整网址';
      return `${field}的格式不对，请检查后重新填写`;
    case 'not_multiple_of':
      return `${field}应为${issue.divisor}的整数倍，请修改后再提交`;
    case 'unrecognized_keys':
      return '提交的内容中有无法识别的项目，请刷新页面（或更新小程序）后重试';
    case 'invalid_value':
      return issue.values.length === 1 ? `${field}应为“${String(issue.values[0])}”，请重新选择` : `请从给出的选项中选择${field}`;
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return `${field}不符合要求，请检查后重新填写`;
  }
}

/** zod's error map: for issues that carry no message of their own. */
export function residentErrorMap(issue: RawIssue): string {
  return issueMessage(issue, labelOf(issue) ?? '这一项');
}
