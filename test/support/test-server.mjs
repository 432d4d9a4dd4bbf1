// Endpoints the data-loading tests need from the test server:
//   /__test/hang            never answers (until the client gives up)
//   /__test/slow?ms=N&id=K  answers the bundled dataset after N ms; counts requests per K
//   /__test/hits?id=K       how many requests /__test/slow had for K
//   /__test/large?mb=N      a valid dataset padded with N MB of extra offices
import { readFileSync } from 'node:fs';

const hits = new Map();
const dataset = () => JSON.parse(readFileSync('data/oms-dataset.json', 'utf8'));

export function testServerMiddleware() {
  return async (context, next) => {
    if (!context.path.startsWith('/__test/')) return next();
    const query = context.query;
    if (context.path === '/__test/hang') {
      await new Promise((resolve) => {
        context.req.on('close', resolve);
        setTimeout(resolve, 60_000);
      });
      context.status = 504;
      return;
    }
    if (context.path === '/__test/slow') {
      hits.set(query.id, (hits.get(query.id) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, Number(query.ms) || 0));
      context.type = 'application/json';
      context.body = JSON.stringify(dataset());
      return;
    }
    if (context.path === '/__test/hits') {
      context.type = 'application/json';
      context.body = JSON.stringify({ hits: hits.get(query.id) ?? 0 });
      return;
    }
    if (context.path === '/__test/large') {
      const data = dataset();
      const template = data.offices[0];
      const target = (Number(query.mb) || 1) * 1024 * 1024;
      const offices = [];
      let size = 0;
      for (let i = 0; size < target; i++) {
        const office = { ...template, id: `bulk-${i}`, address: { ru: `ул. Тестовая, ${i}`, en: `${i} Test St` } };
        size += JSON.stringify(office).length;
        offices.push(office);
      }
      data.offices = offices;
      context.type = 'application/json';
      context.body = JSON.stringify(data);
      return;
    }
    return next();
  };
}
