import { ContentPageRoute, contentPageMetadata } from '../_shared/content-page-route';

const SLUG = 'como-usar';

export const generateMetadata = () => contentPageMetadata(SLUG);

export default function Page() {
  return <ContentPageRoute slug={SLUG} />;
}
