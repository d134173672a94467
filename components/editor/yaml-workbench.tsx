'use client';
/**
 * The YAML workbench: the learner's workstation files in Monaco, with save (Ctrl/Cmd+S), a diff
 * against the lesson's starting file, live Pod Security findings as markers, and Apply with a
 * dry-run preview. Loaded only when the learner opens it (see lazy-yaml-workbench.tsx).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Monaco from 'monaco-editor';
import { loadMonaco } from './monaco-loader';
import { workspaceApi, type ApplyOutcome, type WorkspaceFile } from './workspace-api';
import { analyzeYaml, type YamlAnalysis } from './yaml-analysis';
import { ApplyPanel } from './apply-panel';
import { FileList } from './file-list';
import { SecuritySummary } from './security-summary';

type Status = { kind: 'idle' | 'busy' | 'ok' | 'error'; text: string };

export default function YamlWorkbench() {
  const host = useRef<HTMLDivElement>(null);
  const monacoRef = useRef<typeof Monaco | null>(null);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const diffRef = useRef<Monaco.editor.IStandaloneDiffEditor | null>(null);
  const [files, setFiles] = useState<WorkspaceFile[] | null>(null);
  const [path, setPath] = useState<string | null>(null);
  const [starting, setStarting] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const [showDiff, setShowDiff] = useState(false);
  const [analysis, setAnalysis] = useState<YamlAnalysis | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'busy', text: 'Loading the editor…' });
  const [preview, setPreview] = useState<ApplyOutcome | null>(null);

  const refreshFiles = useCallback(async () => {
    try {
      const list = await workspaceApi.listFiles();
      setFiles(list);
      return list;
    } catch (error) {
      setStatus({ kind: 'error', text: messageOf(error) });
      return [];
    }
  }, []);

  // Create Monaco once; dispose it when the workbench closes.
  useEffect(() => {
    let disposed = false;
    void (async () => {
      const monaco = await loadMonaco();
      if (disposed || !host.current) return;
      monacoRef.current = monaco;
      const dark = document.documentElement.classList.contains('dark');
      const editor = monaco.editor.create(host.current, {
        language: 'yaml',
        automaticLayout: true,
        minimap: { enabled: false },
        fontSize: 14,
        tabSize: 2,
        theme: dark ? 'vs-dark' : 'vs',
        ariaLabel: 'YAML editor',
        scrollBeyondLastLine: false,
      });
      editorRef.current = editor;
      editor.onDidChangeModelContent(() => {
        setDirty(true);
        setAnalysis(analyzeYaml(editor.getValue()));
      });
      setStatus({ kind: 'idle', text: '' });
      const list = await refreshFiles();
      const first = list.find((f) => /\.ya?ml$/.test(f.path));
      if (first && !disposed) setPath(first.path);
    })().catch((error: unknown) => setStatus({ kind: 'error', text: messageOf(error) }));
    return () => {
      disposed = true;
      diffRef.current?.dispose();
      editorRef.current?.getModel()?.dispose();
      editorRef.current?.dispose();
    };
  }, [refreshFiles]);

  // Open the chosen file.
  useEffect(() => {
    const monaco = monacoRef.current;
    const editor = editorRef.current;
    if (!path || !monaco || !editor) return;
    let cancelled = false;
    setStatus({ kind: 'busy', text: `Opening ${path}…` });
    workspaceApi
      .readFile(path)
      .then((file) => {
        if (cancelled) return;
        const uri = monaco.Uri.parse(`file:///workspace/${file.path}`);
        const model =
          monaco.editor.getModel(uri) ?? monaco.editor.createModel(file.content, 'yaml', uri);
        model.setValue(file.content);
        const previous = editor.getModel();
        editor.setModel(model);
        if (previous && previous !== model) previous.dispose();
        setStarting(file.starting);
        setDirty(false);
        setPreview(null);
        setAnalysis(analyzeYaml(file.content));
        setStatus({ kind: 'idle', text: '' });
      })
      .catch((error: unknown) => setStatus({ kind: 'error', text: messageOf(error) }));
    return () => {
      cancelled = true;
    };
  }, [path]);

  // Pod Security findings as editor markers on the right lines.
  useEffect(() => {
    const monaco = monacoRef.current;
    const model = editorRef.current?.getModel();
    if (!monaco || !model || !analysis) return;
    monaco.editor.setModelMarkers(
      model,
      'pod-security',
      analysis.findings.map((f) => ({
        severity:
          f.level === 'baseline' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        message: `${f.message}\nFix: ${f.remediation} (${f.level}: ${f.checkId})`,
        startLineNumber: f.line,
        startColumn: f.column,
        endLineNumber: f.endLine,
        endColumn: f.endColumn,
        source: 'Pod Security Standards',
      })),
    );
  }, [analysis]);

  const save = useCallback(async () => {
    const editor = editorRef.current;
    if (!path || !editor) return;
    setStatus({ kind: 'busy', text: 'Saving…' });
    try {
      await workspaceApi.saveFile(path, editor.getValue());
      setDirty(false);
      setStatus({ kind: 'ok', text: `Saved ${path}. The terminal sees the same file.` });
      void refreshFiles();
    } catch (error) {
      setStatus({ kind: 'error', text: messageOf(error) });
    }
  }, [path, refreshFiles]);

  // Ctrl/Cmd+S saves, inside Monaco and anywhere in the workbench.
  useEffect(() => {
    const editor = editorRef.current;
    const monaco = monacoRef.current;
    if (!editor || !monaco) return;
    const binding = editor.addAction({
      id: 'workshop.save',
      label: 'Save file',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS],
      run: () => void save(),
    });
    return () => binding.dispose();
  }, [save, status.kind]);

  const toggleDiff = useCallback(() => {
    const monaco = monacoRef.current;
    const editor = editorRef.current;
    const container = host.current;
    if (!monaco || !editor || !container) return;
    if (showDiff) {
      diffRef.current?.dispose();
      diffRef.current = null;
      container.querySelector('[data-diff]')?.remove();
      setShowDiff(false);
      return;
    }
    const holder = document.createElement('div');
    holder.dataset.diff = 'true';
    holder.className = 'absolute inset-0 bg-white dark:bg-zinc-900';
    container.appendChild(holder);
    const diff = monaco.editor.createDiffEditor(holder, {
      readOnly: true,
      automaticLayout: true,
      renderSideBySide: container.clientWidth > 700,
      theme: document.documentElement.classList.contains('dark') ? 'vs-dark' : 'vs',
    });
    diff.setModel({
      original: monaco.editor.createModel(starting ?? '', 'yaml'),
      modified: monaco.editor.createModel(editor.getValue(), 'yaml'),
    });
    diffRef.current = diff;
    setShowDiff(true);
  }, [showDiff, starting]);

  const apply = useCallback(
    async (dryRun: boolean) => {
      const editor = editorRef.current;
      if (!path || !editor) return;
      setStatus({ kind: 'busy', text: dryRun ? 'Previewing…' : 'Applying…' });
      try {
        const outcome = await workspaceApi.apply(path, editor.getValue(), dryRun);
        setPreview(outcome);
        setStatus({
          kind: 'ok',
          text: dryRun
            ? 'Preview ready: nothing was changed yet.'
            : 'Applied to your cluster space.',
        });
      } catch (error) {
        setPreview(null);
        setStatus({ kind: 'error', text: messageOf(error) });
      }
    },
    [path],
  );

  return (
    <section
      aria-label="YAML editor workbench"
      className="flex flex-col overflow-hidden rounded-lg border border-zinc-300 dark:border-zinc-700"
    >
      <div className="flex flex-wrap items-center gap-2 border-b border-zinc-300 bg-zinc-50 px-3 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-800">
        <strong className="mr-auto font-mono">
          {path ?? 'No file open'}
          {dirty ? ' •' : ''}
        </strong>
        <button type="button" className="btn" onClick={() => void save()} disabled={!path}>
          Save
        </button>
        <button
          type="button"
          className="btn"
          onClick={toggleDiff}
          disabled={!path || starting === null}
          aria-pressed={showDiff}
          title={starting === null ? 'This file has no starting version' : undefined}
        >
          {showDiff ? 'Hide changes' : 'Show changes'}
        </button>
        <button type="button" className="btn" onClick={() => void apply(true)} disabled={!path}>
          Preview apply
        </button>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => void apply(false)}
          disabled={!path}
        >
          Apply
        </button>
      </div>
      <div className="flex min-h-[24rem] flex-col md:flex-row">
        <FileList files={files} selected={path} onSelect={setPath} />
        <div ref={host} className="relative min-h-[24rem] flex-1" />
      </div>
      <SecuritySummary analysis={analysis} />
      <ApplyPanel outcome={preview} />
      <p
        role="status"
        className={`min-h-6 px-3 py-1 text-sm ${status.kind === 'error' ? 'text-red-700 dark:text-red-400' : 'text-zinc-600 dark:text-zinc-300'}`}
      >
        {status.text}
      </p>
    </section>
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
