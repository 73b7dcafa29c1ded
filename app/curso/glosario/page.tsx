import { ContentPageRoute, contentPageMetadata } from '../_shared/content-page-route';

const SLUG = 'glosario';

export const generateMetadata = () => contentPageMetadata(SLUG);

export default function Page() {
  return <ContentPageRoute slug={SLUG} />;
}
