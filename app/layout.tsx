import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Kubernetes Security Workshop', template: '%s · Kubernetes Security Workshop' },
  description: 'Learn Kubernetes security hands-on, in your own cluster space.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
