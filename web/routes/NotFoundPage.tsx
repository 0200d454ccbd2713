import { Page } from '../components/Page.js';
import { Link, Paragraph } from '../components/ui.js';
import { useT } from '../i18n/index.js';

export default function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('app.nietGevonden')}>
      <Paragraph>{t('app.nietGevondenDetail')}</Paragraph>
      <Paragraph><Link to="/">{t('app.naarStart')}</Link></Paragraph>
    </Page>
  );
}
