/** RSS feed of the published news. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getNews } from '../data/entries.ts';
import { routes } from '../lib/routes.ts';
import { SITE } from '../site.ts';

export async function GET(context: APIContext) {
  const news = await getNews();
  return rss({
    title: `Tin tức – ${SITE.name} – ${SITE.organisation}`,
    description: SITE.description,
    site: context.site!,
    items: news.map((article) => ({
      title: article.data.title,
      pubDate: article.data.publishedAt,
      description: article.data.summary,
      link: routes.article(article.id),
      categories: article.data.tags,
    })),
    customData: '<language>vi</language>',
  });
}
