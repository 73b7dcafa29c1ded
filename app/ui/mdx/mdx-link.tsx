import Link from 'next/link';
import type { ComponentProps } from 'react';

/** Markdown links: course paths navigate client-side, anything else is a plain link. */
export function MdxLink({ href = '', children, ...rest }: ComponentProps<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
