// 社区代办 contract: the station's workload, and the resident's consent by a one-time SMS code sent
// to their phone (the alternative to a photographed, signed authorisation).
import { rule, z } from '../zod';
import { phoneProblem } from '../identity/form-rules';

export const ConsentCodeRequest = z.object({
  phone: z.string().check(
    z.trim(),
    rule((v) => phoneProblem(v, '验证码将发送到申请人本人的手机')),
  ),
});
export type ConsentCodeRequest = z.infer<typeof ConsentCodeRequest>;

/** The code itself goes only to the resident's phone; the agent gets the request to quote with it. */
export const ConsentCodeIssued = z.object({
  requestId: z.string(),
  /** Last four digits, for the agent to read back to the resident. */
  phoneTail: z.string(),
  expiresAt: z.string(),
});
export type ConsentCodeIssued = z.infer<typeof ConsentCodeIssued>;

const counts = z.record(z.string(), z.int());
/** Cases filed by the agents of one community station (代办站), by status, and who filed them. */
export const StationWorkload = z.object({
  station: z.object({ code: z.string(), name: z.string() }),
  byStatus: counts,
  /** Open cases past their next deadline (红牌). */
  overdue: z.int(),
  agents: z.array(z.object({ userId: z.string(), displayName: z.string(), total: z.int(), byStatus: counts })),
});
export type StationWorkload = z.infer<typeof StationWorkload>;
