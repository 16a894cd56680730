import { useContext, type ReactNode } from 'react';
import { HeadingLevelContext } from './heading-level';

export function SubHeading({ children, id }: { children: ReactNode; id?: string }) {
  const Tag = useContext(HeadingLevelContext) === 4 ? 'h4' : 'h3';
  return (
    <Tag className="card-subheading" id={id}>
      {children}
    </Tag>
  );
}
