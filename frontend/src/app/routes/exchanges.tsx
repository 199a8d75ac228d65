import { QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { useFeatureTranslation } from '@/lib/i18n';
import { useExchanges } from '@/features/exchanges/api/exchanges';
import { ExchangeList } from '@/features/exchanges/components/exchange-list';
import { strings } from '@/features/exchanges/strings';

/** /exchanges: the exchanges between territories. */
export default function ExchangesRoute() {
  const { t } = useFeatureTranslation('exchanges', strings);
  useDocumentTitle(t('title'));
  const exchanges = useExchanges();
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <QueryState query={exchanges} isEmpty={(list) => list.length === 0} empty={t('empty')}>
        {(list) => <ExchangeList exchanges={list} />}
      </QueryState>
    </>
  );
}
