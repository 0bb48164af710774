/**
 * The corpus page's side of the message protocol, as handlers the background registers: each one
 * a call into lib (payloads were validated by the transport before they get here).
 */
import type { CorpusDb } from '../corpus/db';
import { deleteForUndo, setArticleTags } from '../corpus-manager/edit';
import { listCorpus } from '../corpus-manager/list-corpus';
import { exportChunk } from '../transfer/export';
import type { CorpusTransfer } from '../transfer/staged-import';
import type { Handlers } from './transport';

export interface CorpusPageEnv {
  db: CorpusDb;
  transfer: CorpusTransfer;
  /** Deletes an article the way the rest of the background does (so open tabs are re-analysed). */
  remove: (id: string) => Promise<boolean>;
  /** Resolves when the corpus is ready (seeds imported). */
  ready?: Promise<unknown>;
  /** Called after writes that can change open tabs' analyses (import, restore). */
  changed?: () => Promise<void>;
}

type CorpusPageMessages =
  | 'searchCorpus'
  | 'setArticleTags'
  | 'deleteArticleForUndo'
  | 'restoreArticle'
  | 'exportChunk'
  | 'importBegin'
  | 'importChunk'
  | 'importCommit'
  | 'importAbort';

/** Handlers for every corpus-page message. */
export function corpusPageHandlers(env: CorpusPageEnv): Required<Pick<Handlers, CorpusPageMessages>> {
  const { db, transfer } = env;
  return {
    searchCorpus: async (query) => {
      await env.ready;
      return listCorpus(db, query);
    },
    setArticleTags: ({ id, tags }) => setArticleTags(db, id, tags),
    deleteArticleForUndo: ({ id }) => deleteForUndo(db, id, env.remove),
    restoreArticle: async ({ article }) => {
      const [outcome] = await transfer.restore([article]);
      if (!outcome || outcome.kind === 'skipped') {
        throw new Error(`The article could not be put back: ${outcome?.reason ?? 'unknown reason'}.`);
      }
      await env.changed?.();
      return { id: outcome.id };
    },
    exportChunk: async ({ after, limit }) => {
      await env.ready;
      return exportChunk(db, { after, limit });
    },
    importBegin: ({ total }) => transfer.begin(total),
    importChunk: ({ importId, offset, articles }) => transfer.chunk(importId, offset, articles),
    importCommit: async ({ importId }) => {
      const result = await transfer.commit(importId);
      await env.changed?.();
      return result;
    },
    importAbort: ({ importId }) => transfer.abort(importId),
  };
}
