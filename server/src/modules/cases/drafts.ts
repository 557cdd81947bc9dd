// Application drafts (草稿), saved on the server so a resident can continue on another device. A
// draft is not checked against the form (it is unfinished by nature) beyond size limits, and is
// sealed: half-filled answers hold personal data as much as finished ones.
import type { Draft, DraftInput } from '@bianmin/shared';
import { NotFoundError } from '../../errors';
import type { Principal } from '../identity/index';
import type { CaseDeps } from './case-service';
import { CaseDraftEntity } from './entities';

const noDraft = () => new NotFoundError('没有保存的草稿');

export function createDrafts(d: Pick<CaseDeps, 'dataSource' | 'tx' | 'protector' | 'catalogue'>) {
  const repo = () => d.dataSource.getRepository(CaseDraftEntity);
  const itemName = async (code: string) => (await d.catalogue.current()).itemByCode.get(code)?.name;

  return {
    async list(p: Principal) {
      const rows = await repo().find({
        where: { userId: p.userId },
        order: { updatedAt: 'DESC' },
        select: { itemCode: true, updatedAt: true, userId: true },
      });
      const snapshot = await d.catalogue.current();
      return {
        items: rows.flatMap((r) => {
          const item = snapshot.itemByCode.get(r.itemCode);
          return item ? [{ itemCode: r.itemCode, itemName: item.name, updatedAt: r.updatedAt.toISOString() }] : [];
        }),
      };
    },

    async get(p: Principal, itemCode: string): Promise<Draft> {
      const name = await itemName(itemCode);
      const row = name ? await repo().findOne({ where: { userId: p.userId, itemCode } }) : null;
      if (!row || !name) throw noDraft();
      return {
        ...(JSON.parse(d.protector.decrypt(row.contentEnc)) as DraftInput),
        itemCode,
        itemName: name,
        updatedAt: row.updatedAt.toISOString(),
      };
    },

    async save(p: Principal, itemCode: string, input: DraftInput): Promise<Draft> {
      const name = await itemName(itemCode);
      if (!name) throw new NotFoundError('没有找到这个事项，可能已调整或下线');
      const updatedAt = new Date();
      const contentEnc = d.protector.encrypt(JSON.stringify(input));
      await d.tx.run(async (em) => {
        const drafts = em.getRepository(CaseDraftEntity);
        const changed = await drafts.update({ userId: p.userId, itemCode }, { contentEnc, updatedAt });
        if (!changed.affected) await drafts.insert({ userId: p.userId, itemCode, contentEnc, updatedAt });
      });
      return { ...input, itemCode, itemName: name, updatedAt: updatedAt.toISOString() };
    },

    async remove(p: Principal, itemCode: string): Promise<void> {
      const gone = await d.tx.run((em) => em.getRepository(CaseDraftEntity).delete({ userId: p.userId, itemCode }));
      if (!gone.affected) throw noDraft();
    },
  };
}
