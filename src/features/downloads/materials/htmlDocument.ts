// Reference materials are self-contained HTML documents (open in any browser, print to PDF),
// written here in full and marked 演示资料. Their text is ours, never user input.
export const HTML_TYPE = 'text/html;charset=utf-8';

export function htmlDocument(title: string, body: string): Blob {
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${title}</title>
<style>
body { font-family: "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; max-width: 860px; margin: 32px auto; padding: 0 16px; line-height: 1.7; color: #1f1f1f; }
h1 { font-size: 24px; } h2 { font-size: 18px; margin-top: 28px; border-bottom: 1px solid #d9d9d9; padding-bottom: 4px; }
table { border-collapse: collapse; width: 100%; margin: 12px 0; } th, td { border: 1px solid #bfbfbf; padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #fafafa; } .demo { border: 1px solid #ffd591; background: #fff7e6; padding: 8px 12px; color: #873800; }
code { background: #f5f5f5; padding: 0 4px; }
</style>
</head>
<body>
<p class="demo">演示资料：本文件为“原产地综合服务平台（企业端）”编写的学习资料，仅供学习和培训参考，不构成海关的正式文件或法律意见；办理业务请以海关总署公告和协定文本为准。</p>
<h1>${title}</h1>
${body}
</body>
</html>
`;
  return new Blob([html], { type: HTML_TYPE });
}
