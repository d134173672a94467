/** The shell of every page: theme boot script, skip link, header, the page, footer. */
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { BroadcastInbox } from '@/components/instructor/broadcast-inbox';
import { OfflineNotice } from '@/components/offline/offline-notice';
import { ServiceWorkerRegistration } from '@/components/offline/service-worker-registration';
import { SessionExpiryWarning } from '@/components/session/session-expiry-warning';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';
import { themeBootScript } from '@/components/site/theme';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Kubernetes Security Workshop', template: '%s · Kubernetes Security Workshop' },
  description: 'Learn Kubernetes security hands-on, in your own cluster space.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fafaf9' },
    { media: '(prefers-color-scheme: dark)', color: '#0c0a09' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The boot script sets the theme class before React hydrates, hence the warning opt-out.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </head>
      <body className="flex min-h-dvh flex-col bg-stone-50 text-stone-800 antialiased dark:bg-stone-950 dark:text-stone-200">
        <SkipLink />
        <SiteHeader />
        <OfflineNotice />
        <ServiceWorkerRegistration />
        <SessionExpiryWarning />
        <BroadcastInbox />
        <div className="flex-1">{children}</div>
        <SiteFooter />
      </body>
    </html>
  );
}
