// A resident telling what someone did to them (邻居家装修把我家墙弄裂了, 隔壁盖房子占了我家的路)
// wants redress from that party, not the permit for what the party was doing (装修消防验收, 盖房子).
// An item for a grievance names its party in an alias before the grievance word (邻居纠纷, 物业纠纷
// 调解, 工厂噪音投诉): in partial matching, naming the same party as the query counts for more.
// A closed class of grievance words, not of queries: it holds for any catalogue.
import type { Query } from './query';

const GRIEVANCE_WORDS = ['纠纷', '投诉', '调解', '维权'];
/** Partial credit of an item whose grievance alias names a party of the query. */
export const GRIEVANCE_CREDIT = 1.5;

/** Does an alias name, before a grievance word, a two-character word of the query (邻居 of 邻居纠纷)? */
export function namesTheParty(aliases: string[], q: Query): boolean {
  for (const alias of aliases) {
    // The party is what comes before the first grievance word (物业 of 物业纠纷调解, none of 纠纷调解).
    let at = -1;
    for (const word of GRIEVANCE_WORDS) {
      const found = alias.indexOf(word);
      if (found >= 0 && (at < 0 || found < at)) at = found;
    }
    if (at < 2) continue;
    const party = alias.slice(0, at);
    for (const key of q.bigrams.keys()) if (key.length === 2 && party.includes(key)) return true;
  }
  return false;
}
