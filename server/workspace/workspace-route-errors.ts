/** Maps the editor's file errors to the API's request problems (status + message for people). */
import { RequestProblem } from '../auth/request-problem';
import { WorkspaceFileError } from './workstation-files';

export async function withWorkspaceErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof WorkspaceFileError) throw new RequestProblem(error.status, error.message);
    throw error;
  }
}
