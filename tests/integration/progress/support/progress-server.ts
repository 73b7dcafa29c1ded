// A bare HTTP front for the progress data layer, run as a child process by the fault tests so
// they can SIGKILL it or cut its database without the whole Next app. The learner is whoever
// the x-user-id header names (there is no session here). Prints "listening <port>" when ready.
import http from 'node:http';
import { activityEventSchema, progressEventSchema } from '@/lib/schemas/progress';
import { applyActivityEvent } from '@/lib/server/data/activity/apply-activity-event';
import { UnknownLessonError } from '@/lib/server/data/progress/course-index';
import { writeLessonProgress } from '@/lib/server/data/progress/write-lesson-progress';

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const userId = String(req.headers['x-user-id'] ?? '');
  if (!userId) return send(res, 401, { error: 'Tienes que iniciar sesión para guardar tu progreso.' });
  try {
    const body = await readBody(req);
    if (req.url === '/api/progress') return send(res, 200, await writeLessonProgress(userId, progressEventSchema.parse(body)));
    if (req.url === '/api/activity') return send(res, 200, { applied: await applyActivityEvent(userId, activityEventSchema.parse(body)) });
    return send(res, 404, { error: 'No existe.' });
  } catch (error) {
    if (error instanceof UnknownLessonError || (error instanceof Error && error.name === 'ZodError')) return send(res, 400, { error: error.message });
    return send(res, 503, { error: 'No se ha podido guardar ahora mismo. Se volverá a intentar en unos segundos.' });
  }
}

const server = http.createServer((req, res) => void handle(req, res));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
