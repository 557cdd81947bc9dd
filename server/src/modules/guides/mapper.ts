// Builds guide DTOs (shared contract) from catalogue rows; never serialises an entity as is.
import type { Audience, GuideDetail, GuideMaterial, GuideSummary, ItemKind, MaterialUpload, ServicePoint } from '@bianmin/shared';
import type { CatalogueSnapshot, GuideBody, ItemSummaryRow, MaterialRow } from '../catalogue/index';

export interface MatchInfo {
  highlights: [number, number][];
  matchedAlias: string | null;
}
const NO_MATCH: MatchInfo = { highlights: [], matchedAlias: null };

export function toGuideSummary(item: ItemSummaryRow, snapshot: CatalogueSnapshot, match: MatchInfo = NO_MATCH): GuideSummary {
  const department = snapshot.departmentByCode.get(item.departmentCode);
  return {
    code: item.code,
    name: item.name,
    kind: item.kind as ItemKind,
    audiences: item.audiences as Audience[],
    department: { code: item.departmentCode, name: department?.name ?? item.departmentCode },
    summary: item.summary,
    promisedLimitDays: item.promisedLimitDays,
    onlineDepth: item.onlineDepth,
    fullyOnline: item.fullyOnline,
    onSiteVisits: item.onSiteVisits,
    appointmentAvailable: item.appointmentAvailable,
    onlineSubmission: item.onlineSubmission,
    highlights: match.highlights,
    matchedAlias: match.matchedAlias,
  };
}

/** What materials imported before uploads existed accept (the catalogue format's defaults). */
export const DEFAULT_UPLOAD: MaterialUpload = { kinds: ['image', 'pdf'], maxFiles: 5, photoOfOriginal: true };

export function formUrl(code: string, materialId: number, variant: 'blank' | 'sample'): string {
  return `/api/v1/guides/${encodeURIComponent(code)}/materials/${materialId}/forms/${variant}`;
}

function toMaterial(itemCode: string, m: MaterialRow): GuideMaterial {
  const hasSample = !!m.form?.fields.some((f) => f.sample);
  return {
    id: m.position,
    name: m.name,
    requirement: m.requirement as GuideMaterial['requirement'],
    condition: m.conditionText,
    originals: m.originals,
    copies: m.copies,
    source: m.source,
    notes: m.notes,
    sharedProof: m.sharedProof,
    filledOnline: m.filledOnline,
    upload: m.upload ?? DEFAULT_UPLOAD,
    blankFormUrl: m.form ? formUrl(itemCode, m.position, 'blank') : null,
    sampleFormUrl: m.form && hasSample ? formUrl(itemCode, m.position, 'sample') : null,
  };
}

export function toGuideDetail(item: ItemSummaryRow, body: GuideBody, materials: MaterialRow[], snapshot: CatalogueSnapshot): GuideDetail {
  const department = snapshot.departmentByCode.get(item.departmentCode);
  const servicePoints: ServicePoint[] = snapshot.servicePoints(item).map(({ hall, windows }) => ({
    hall: {
      code: hall.code,
      name: hall.name,
      level: hall.level as ServicePoint['hall']['level'],
      address: hall.address,
      phone: hall.phone,
      latitude: hall.latitude,
      longitude: hall.longitude,
      openingHours: hall.openingHours,
      hoursNote: hall.hoursNote,
    },
    windows: windows.map((w) => ({ number: w.number, name: w.name, phone: w.phone })),
  }));
  return {
    ...toGuideSummary(item, snapshot),
    department: { code: item.departmentCode, name: department?.name ?? item.departmentCode, phone: department?.phone ?? null },
    implementingBody: item.implementingBody,
    legalLimitDays: item.legalLimitDays,
    conditions: body.conditions,
    legalBasis: body.legalBasis,
    materials: materials.map((m) => toMaterial(item.code, m)),
    fee: body.fee,
    process: body.process,
    consultPhone: item.consultPhone,
    complaintPhone: item.complaintPhone,
    aliases: item.aliases,
    lifeEvents: item.lifeEvents.flatMap((code) => {
      const ev = snapshot.lifeEventByCode.get(code);
      return ev ? [{ code, name: ev.name }] : [];
    }),
    servicePoints,
    applicationForm: item.onlineSubmission ? (body.applicationForm ?? null) : null,
    catalogueVersion: snapshot.version ?? '0',
  };
}
