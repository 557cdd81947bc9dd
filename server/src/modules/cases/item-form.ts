// What an application to an item needs: its form and its materials (with their upload rules), read
// once per catalogue version — the catalogue changes by import, not per request.
import type { DataSource } from 'typeorm';
import type { ApplicationForm, MaterialUpload } from '@bianmin/shared';
import { MaterialEntity, ServiceItemEntity, type CatalogueSnapshot, type ItemSummaryRow } from '../catalogue/index';

export interface ApplicationMaterial {
  id: number;
  name: string;
  required: boolean;
  sharedProof: boolean;
  filledOnline: boolean;
  upload: MaterialUpload;
}

export interface ItemApplication {
  item: ItemSummaryRow;
  form: ApplicationForm | undefined;
  materials: ApplicationMaterial[];
}

const DEFAULT_UPLOAD: MaterialUpload = { kinds: ['image', 'pdf'], maxFiles: 5, photoOfOriginal: true };

export function createItemForms(dataSource: DataSource) {
  let cache: { version: string | null; byCode: Map<string, ItemApplication> } = { version: null, byCode: new Map() };
  return {
    /** null for an item that is not published. */
    async of(snapshot: CatalogueSnapshot, code: string): Promise<ItemApplication | null> {
      const item = snapshot.itemByCode.get(code);
      if (!item) return null;
      if (cache.version !== snapshot.version) cache = { version: snapshot.version, byCode: new Map() };
      const cached = cache.byCode.get(code);
      if (cached) return cached;
      const row = await dataSource.getRepository(ServiceItemEntity).findOne({ where: { code }, select: { code: true, guide: true } });
      const rows = await dataSource.getRepository(MaterialEntity).find({ where: { itemCode: code }, order: { position: 'ASC' } });
      const loaded: ItemApplication = {
        item,
        form: row?.guide.applicationForm,
        materials: rows.map((m) => ({
          id: m.position,
          name: m.name,
          required: m.requirement === 'required',
          sharedProof: m.sharedProof,
          filledOnline: m.filledOnline,
          upload: m.upload ?? DEFAULT_UPLOAD,
        })),
      };
      cache.byCode.set(code, loaded);
      return loaded;
    },
  };
}
export type ItemForms = ReturnType<typeof createItemForms>;
