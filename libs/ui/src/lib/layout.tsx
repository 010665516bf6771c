import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
  Surface,
  Document,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

export interface AppShellProps {
  /** The name of the application in the header. */
  title: ReactNode;
  skipLinkLabel: string;
  /** Right side of the header: who is signed in, language, sign out. */
  headerEnd?: ReactNode;
  /** The role's menu (a <nav> with its own label). */
  navigation?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

/**
 * The page frame of every screen, with the theme applied: a skip link to the main content, a
 * header, the menu, the main landmark (focusable, so a new screen can move focus there) and a footer.
 */
export function AppShell({
  title,
  skipLinkLabel,
  headerEnd,
  navigation,
  footer,
  children,
}: AppShellProps) {
  return (
    <Surface className="bridge-theme bridge-surface">
      <Document className="bridge-document">
        <SkipLink href="#main">{skipLinkLabel}</SkipLink>
        <PageHeader className="bridge-header">
          <div className="bridge-header__inner">
            <div className="bridge-header__title">{title}</div>
            {headerEnd && <div className="bridge-header__end">{headerEnd}</div>}
          </div>
          {navigation}
        </PageHeader>
        <PageContent className="bridge-content">
          <main id="main" tabIndex={-1} className="bridge-main">
            {children}
          </main>
        </PageContent>
        {footer && <PageFooter className="bridge-footer">{footer}</PageFooter>}
      </Document>
    </Surface>
  );
}

export interface PageTitleProps {
  children: ReactNode;
  /** One line under the title: what this screen is for. */
  lead?: ReactNode;
}

export function PageTitle({ children, lead }: PageTitleProps) {
  return (
    <div className="bridge-page-title">
      <Heading level={1}>{children}</Heading>
      {lead && <Paragraph appearance="lead">{lead}</Paragraph>}
    </div>
  );
}

export function Section({
  title,
  children,
  level = 2,
}: {
  title: ReactNode;
  children: ReactNode;
  level?: 2 | 3;
}) {
  return (
    <section className="bridge-section">
      <Heading level={level}>{title}</Heading>
      {children}
    </section>
  );
}

export interface Detail {
  key: string;
  label: ReactNode;
  value: ReactNode;
}

/** Label–value pairs of one thing (a candidate's profile, a vacancy). */
export function Details({ items }: { items: readonly Detail[] }) {
  return (
    <DataList className="bridge-details">
      {items.map((item) => (
        <DataListItem key={item.key}>
          <DataListKey>{item.label}</DataListKey>
          <DataListValue>{item.value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
