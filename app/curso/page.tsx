import { permanentRedirect } from 'next/navigation';

// The course's home is the site's home; /curso on its own only exists as a prefix.
export default function CourseIndexPage() {
  permanentRedirect('/');
}
