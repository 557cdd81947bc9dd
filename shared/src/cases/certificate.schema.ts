// Issued certificates (电子证照): what an approval issues, what the holder sees in 我的证照, and the
// public check of a certificate by its number and verification code — never personal data.
import { z } from '../zod';

export const Certificate = z.object({
  number: z.string(),
  type: z.string(),
  /** Masked holder name. */
  holder: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  validFrom: z.string(),
  validTo: z.nullable(z.string()),
  caseNumber: z.string(),
  /** Printed on the certificate with the number; with it anyone can check the certificate. */
  verificationCode: z.string(),
  status: z.enum(['valid', 'expired', 'revoked']),
});
export type Certificate = z.infer<typeof Certificate>;
export const CertificateList = z.object({ items: z.array(Certificate) });

export const CertificateVerifyQuery = z.object({
  number: z.string().check(z.trim(), z.regex(/^ZZ\d{6}-\d{8}-\d{5}$/, '证照编号格式不正确')),
  code: z.string().check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z0-9]{8}$/, '核验码为8位字母或数字')),
});
export const CertificateVerification = z.object({
  number: z.string(),
  type: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  validTo: z.nullable(z.string()),
  status: z.enum(['valid', 'expired', 'revoked']),
});
export type CertificateVerification = z.infer<typeof CertificateVerification>;
