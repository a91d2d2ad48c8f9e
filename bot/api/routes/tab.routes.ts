/** GET /tab/*: the tab's static build, with its security headers; / and /tab redirect to /tab/. */
import type { Request, Response, Server } from 'restify';
import { serveTab } from '../static-tab';

export function registerTabRoutes(server: Server, deps: { tabDir: string }): void {
  const tab = serveTab(deps.tabDir);
  const redirectToTab = async (_req: Request, res: Response): Promise<void> => {
    res.header('Location', '/tab/');
    res.send(302);
  };
  server.get('/', redirectToTab);
  server.get('/tab', redirectToTab);
  server.get('/tab/*', async (req: Request, res: Response) => tab(req, res));
  server.head('/tab/*', async (req: Request, res: Response) => tab(req, res));
}
