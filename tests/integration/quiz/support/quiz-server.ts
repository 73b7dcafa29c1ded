// A bare HTTP front for the quiz data layer, run as a child process by the fault tests so they can
// SIGKILL it or stop its database mid-write without the whole Next app. The learner is whoever the x-user-id header
// names (there is no session here). Prints "listening <port>" when ready.
import http from 'node:http';
import { startAttemptSchema, submitAttemptSchema } from '@/lib/quiz/schemas';
import { QuizError } from '@/lib/server/data/quiz/errors';
import { startAttempt } from '@/lib/server/data/quiz/start-attempt';
import { submitAttempt } from '@/lib/server/data/quiz/submit-attempt';

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const userId = String(req.headers['x-user-id'] ?? '');
  if (!userId) return send(res, 401, { error: 'Tienes que iniciar sesión para hacer el cuestionario.' });
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (req.url === '/api/quiz/submit') return send(res, 200, await submitAttempt(userId, submitAttemptSchema.parse(body)));
    if (req.url === '/api/quiz/start') {
      const input = startAttemptSchema.parse(body);
      return send(res, 200, await startAttempt(userId, input.unitId, input.key));
    }
    return send(res, 404, { error: 'No existe.' });
  } catch (error) {
    if (error instanceof QuizError) return send(res, error.status, { error: error.message, result: error.result });
    return send(res, 503, { error: 'No se ha podido guardar ahora mismo. Vuelve a intentarlo en unos segundos: tus respuestas siguen aquí.' });
  }
}

const server = http.createServer((req, res) => void handle(req, res));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
