/**
 * The newsroom's story pages under /admin/stories: the list, the editor, workflow moves, history and
 * restore, and preview.
 */
import type { AdminRoutes } from '../admin/index.ts';
import { createEditorPage } from './editor-page.tsx';
import type { EditorialRoutesDeps } from './editorial-deps.ts';
import { historyRoutes } from './history.routes.tsx';
import { previewRoutes } from './preview.routes.ts';
import { storiesListRoutes } from './stories-list.routes.tsx';
import { storyEditorRoutes } from './story-editor.routes.ts';
import { workflowRoutes } from './workflow.routes.ts';

export function editorialRoutes(deps: EditorialRoutesDeps): AdminRoutes {
  return (admin, tools) => {
    const editorPage = createEditorPage(deps, tools);
    for (const routes of [
      storiesListRoutes(deps),
      storyEditorRoutes(deps, editorPage),
      workflowRoutes(deps, editorPage),
      historyRoutes(deps),
      previewRoutes(deps),
    ]) {
      routes(admin, tools);
    }
  };
}
