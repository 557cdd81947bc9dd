// Application-form enumerations with their Chinese labels; zod-free so a page can show them
// without bundling a schema library.

export const FORM_FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'select',
  'multiselect',
  'checkbox',
  'phone',
  'idNumber',
  'creditCode',
  'address',
  'region',
] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

/** Field types whose answers are personal data: masked in every answer shown back. */
export const PERSONAL_FIELD_TYPES: readonly FormFieldType[] = ['phone', 'idNumber'];

export const APPLICANT_KINDS = ['individual', 'legalPerson'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];
export const APPLICANT_KIND_LABEL: Record<ApplicantKind, string> = { individual: '个人', legalPerson: '法人' };

export const UPLOAD_KIND_LABEL = { image: '照片', pdf: 'PDF' } as const;
