import Link from 'next/link';
import { chapters } from '@/content';

export default function HomePage() {
  return (
    <main className="prose mx-auto p-6">
      <h1>Kubernetes Security Workshop</h1>
      {chapters.map((c) => (
        <section key={c.slug}>
          <h2>{c.title}</h2>
          <ol>
            {c.lessons.map((l) => (
              <li key={l.slug}>
                <Link href={`/learn/${c.slug}/${l.slug}`}>{l.title}</Link>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
