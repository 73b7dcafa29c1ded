// KaTeX's stylesheet (and, through it, its fonts, which Next bundles from node_modules) only
// where math can appear: the course's lessons and pages.
import 'katex/dist/katex.min.css';

export default function CourseLayout({ children }: { children: React.ReactNode }) {
  return children;
}
