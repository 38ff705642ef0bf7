<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>pivq::ui::CompareDialog</name>
    <message>
        <source>Compare results</source>
        <translation>比较结果</translation>
    </message>
    <message>
        <source>Wheel or +/- to zoom, drag to move</source>
        <translation>滚轮或 +/- 缩放，拖动以移动</translation>
    </message>
</context>
<context>
    <name>pivq::ui::GalleryStrip</name>
    <message>
        <source>Kept results: drag one onto an input to use it, right-click to save, remove or compare</source>
        <translation>保留的结果：拖到输入上即可使用；右键可保存、移除或比较</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Results you keep with Add to Gallery (Ctrl+G) appear here.</source>
        <translation>通过“添加到图库”(Ctrl+G) 保留的结果会显示在这里。</translation>
    </message>
</context>
<context>
    <name>pivq::ui::ImageFile</name>
    <message>
        <source>there is no image to save</source>
        <translation>没有可保存的图像</translation>
    </message>
</context>
<context>
    <name>pivq::ui::ImageSlot</name>
    <message>
        <source>%1: drop an image file or image here, paste one (Ctrl+V) or open a file</source>
        <translation>%1：将图像文件或图像拖放到此处、粘贴 (Ctrl+V) 或打开文件</translation>
    </message>
    <message>
        <source>%1 image</source>
        <translation>%1图像</translation>
    </message>
    <message>
        <source>Drop an image here</source>
        <translation>将图像拖放到此处</translation>
    </message>
    <message>
        <source>The model&apos;s reconstruction of this input: G(E(image))</source>
        <translation>模型对此输入的重建：G(E(图像))</translation>
    </message>
    <message>
        <source>%1 reconstruction</source>
        <translation>%1重建</translation>
    </message>
    <message>
        <source>reconstructing…</source>
        <translation>正在重建…</translation>
    </message>
    <message>
        <source>Per-pixel error of the reconstruction: white is a mean error of a quarter of the full range or more</source>
        <translation>重建的逐像素误差：白色表示平均误差达到全范围的四分之一或以上</translation>
    </message>
    <message>
        <source>%1 reconstruction error map</source>
        <translation>%1重建误差图</translation>
    </message>
    <message>
        <source>%1 error</source>
        <translation>%1错误</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Use the image or image file on the clipboard</source>
        <translation>使用剪贴板中的图像或图像文件</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove this input</source>
        <translation>移除此输入</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Show how the model reconstructs this input, with the per-pixel error</source>
        <translation>显示模型如何重建此输入，以及逐像素误差</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not an image that can be read (%2). Use a PNG, JPEG, BMP or WebP file.</source>
        <translation>%1 不是可读取的图像（%2）。请使用 PNG、JPEG、BMP 或 WebP 文件。</translation>
    </message>
    <message>
        <source>%1 is only %2 × %3 pixels; use an image of at least %4 × %4.</source>
        <translation>%1 只有 %2 × %3 像素；请使用至少 %4 × %4 的图像。</translation>
    </message>
    <message>
        <source>The dropped data is not an image.</source>
        <translation>拖放的数据不是图像。</translation>
    </message>
    <message>
        <source>The image is only %1 × %2 pixels; use one of at least %3 × %3.</source>
        <translation>图像只有 %1 × %2 像素；请使用至少 %3 × %3 的图像。</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>拖放的图像</translation>
    </message>
    <message>
        <source>%1 is not a local file. Save the image first, or drag the picture itself.</source>
        <translation>%1 不是本地文件。请先保存图像，或直接拖动图片本身。</translation>
    </message>
    <message>
        <source>Nothing usable was dropped: give an image file or an image.</source>
        <translation>拖放的内容无法使用：请提供图像文件或图像。</translation>
    </message>
    <message>
        <source>random #%1</source>
        <translation>随机 #%1</translation>
    </message>
    <message>
        <source>PSNR %1 dB</source>
        <translation>PSNR %1 dB</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>drawing…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>no error map</source>
        <translation>无误差图</translation>
    </message>
    <message>
        <source>Images (%1);;All files (*)</source>
        <translation>图像 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no image or image file.</source>
        <translation>剪贴板中没有图像或图像文件。</translation>
    </message>
    <message>
        <source>%1: open an image file</source>
        <translation>%1：打开图像文件</translation>
    </message>
    <message>
        <source>%1: draw a random one from the model</source>
        <translation>%1：从模型中随机生成</translation>
    </message>
    <message>
        <source>Show reconstruction: %1</source>
        <translation>显示重建：%1</translation>
    </message>
    <message>
        <source>Open Image: %1</source>
        <translation>打开图像：%1</translation>
    </message>
    <message>
        <source>Refine…</source>
        <translation>精修…</translation>
    </message>
    <message>
        <source>Refine %1</source>
        <translation>精修%1</translation>
    </message>
    <message>
        <source>%1 refinement</source>
        <translation>%1精修</translation>
    </message>
    <message>
        <source>How faithful the reconstruction is before and after refinement (PSNR, higher is better)</source>
        <translation>精修前后重建的忠实程度（PSNR，越高越好）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>%1: back to the plain encoding of the image, exactly (undoes the refinement)</source>
        <translation>%1：精确恢复为图像的原始编码（撤销精修）</translation>
    </message>
    <message>
        <source>Revert %1 to the plain encoding</source>
        <translation>将%1还原为原始编码</translation>
    </message>
    <message>
        <source>%1 refinement progress</source>
        <translation>%1精修进度</translation>
    </message>
    <message>
        <source>Refinement steps done, and how faithful the reconstruction is so far (PSNR)</source>
        <translation>已完成的精修步数，以及目前重建的忠实程度（PSNR）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1: stop the refinement; what it reached is kept (Revert undoes it)</source>
        <translation>%1：停止精修；已达到的结果会保留（“还原”可撤销）</translation>
    </message>
    <message>
        <source>Cancel the refinement of %1</source>
        <translation>取消%1的精修</translation>
    </message>
    <message>
        <source>The saved latents of %1 are empty.</source>
        <translation>%1 保存的潜变量为空。</translation>
    </message>
    <message>
        <source>refined latents</source>
        <translation>精修后的潜变量</translation>
    </message>
    <message>
        <source>This input cannot be refined.</source>
        <translation>此输入无法精修。</translation>
    </message>
    <message>
        <source>It is being refined now.</source>
        <translation>它正在精修中。</translation>
    </message>
    <message>
        <source>Give an image first.</source>
        <translation>请先提供图像。</translation>
    </message>
    <message>
        <source>A random draw has no image to match: refinement fits the latents to an image.</source>
        <translation>随机生成的输入没有可匹配的图像：精修是将潜变量拟合到图像。</translation>
    </message>
    <message>
        <source>These latents have no image to match.</source>
        <translation>这些潜变量没有可匹配的图像。</translation>
    </message>
    <message>
        <source>%1 cannot be refined now: %2</source>
        <translation>%1 现在无法精修：%2</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>tuning the generator: %1 / %2, PSNR %3 dB</source>
        <translation>正在调优生成器：%1 / %2，PSNR %3 dB</translation>
    </message>
    <message>
        <source>step %1 / %2, PSNR %3 dB</source>
        <translation>第 %1 / %2 步，PSNR %3 dB</translation>
    </message>
    <message>
        <source>refining: PSNR %1 dB</source>
        <translation>正在精修：PSNR %1 dB</translation>
    </message>
    <message>
        <source>PSNR %1 → %2 dB</source>
        <translation>PSNR %1 → %2 dB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The refinement stopped: %1</source>
        <translation>精修已停止：%1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 steps</source>
        <translation>在 %2 步中的第 %1 步后停止</translation>
    </message>
    <message>
        <source>cancelled after %1 of %2 steps</source>
        <translation>在 %2 步中的第 %1 步后取消</translation>
    </message>
    <message>
        <source>refined</source>
        <translation>已精修</translation>
    </message>
    <message>
        <source>%1: make the model&apos;s reconstruction of this image faithful by optimising its latents (and optionally the generator) for a number of steps</source>
        <translation>%1：通过在若干步内优化其潜变量（并可选择同时优化生成器），使模型对此图像的重建更加忠实</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2).</source>
        <translation>无法打开 %1（%2）。</translation>
    </message>
    <message>
        <source>%1 is too large to be an input image.</source>
        <translation>%1 太大，不能用作输入图像。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2.</source>
        <translation>无法使用 %1：%2。</translation>
    </message>
</context>
<context>
    <name>pivq::ui::InterpolationPanel</name>
    <message>
        <source>Second pose</source>
        <translation>第二姿态</translation>
    </message>
    <message>
        <source>Second identity</source>
        <translation>第二身份</translation>
    </message>
    <message>
        <source>Pose interpolation</source>
        <translation>姿态插值</translation>
    </message>
    <message>
        <source>Move the pose from the pose input (left) to the second pose (right)</source>
        <translation>将姿态从姿态输入（左）移向第二姿态（右）</translation>
    </message>
    <message>
        <source>Identity interpolation</source>
        <translation>身份插值</translation>
    </message>
    <message>
        <source>Move the identity from the identity input (left) to the second identity (right)</source>
        <translation>将身份从身份输入（左）移向第二身份（右）</translation>
    </message>
    <message>
        <source>&amp;Pose t:</source>
        <translation>姿态 t(&amp;P):</translation>
    </message>
    <message>
        <source>I&amp;dentity t:</source>
        <translation>身份 t(&amp;D):</translation>
    </message>
    <message>
        <source>Add to &amp;gallery</source>
        <translation>添加到图库(&amp;G)</translation>
    </message>
    <message>
        <source>Keep the current result in the gallery (Ctrl+G)</source>
        <translation>将当前结果保留在图库中 (Ctrl+G)</translation>
    </message>
    <message>
        <source>Add result to gallery</source>
        <translation>将结果添加到图库</translation>
    </message>
    <message>
        <source>Pose (left to right) by identity (top to bottom): drag, or use the arrow keys</source>
        <translation>姿态（从左到右）× 身份（从上到下）：拖动或使用方向键</translation>
    </message>
    <message>
        <source>Pose and identity interpolation pad</source>
        <translation>姿态与身份插值面板</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MainWindow</name>
    <message>
        <source>PIVQ Studio</source>
        <translation>PIVQ Studio</translation>
    </message>
    <message>
        <source>Model message</source>
        <translation>模型消息</translation>
    </message>
    <message>
        <source>Render error</source>
        <translation>渲染错误</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The identity in the pose, with the object mask of the chosen layer over it. Paint on it with the mask tools; wheel or +/- to zoom, middle button to move</source>
        <translation>处于该姿态的身份，上面叠加所选层的对象掩码。可用掩码工具在上面绘制；滚轮或 +/- 缩放，中键移动</translation>
    </message>
    <message>
        <source>Object mask</source>
        <translation>对象掩码</translation>
    </message>
    <message>
        <source>The object mask of the chosen layer alone; paint on it like on the result</source>
        <translation>仅显示所选层的对象掩码；可像在结果上一样绘制</translation>
    </message>
    <message>
        <source>The object mask appears after the first render</source>
        <translation>对象掩码将在首次渲染后显示</translation>
    </message>
    <message>
        <source>Pose</source>
        <translation>姿态</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Where the networks run; change it in Preferences</source>
        <translation>网络的运行位置；可在首选项中更改</translation>
    </message>
    <message>
        <source>The model in use; Model &gt; Model Information for details</source>
        <translation>正在使用的模型；详情见“模型 &gt; 模型信息”</translation>
    </message>
    <message>
        <source>Engine time of the last render</source>
        <translation>上次渲染的引擎耗时</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Open &amp;Pose Image…</source>
        <translation>打开姿态图像(&amp;P)…</translation>
    </message>
    <message>
        <source>Open an image file as the pose input</source>
        <translation>打开图像文件作为姿态输入</translation>
    </message>
    <message>
        <source>Open &amp;Identity Image…</source>
        <translation>打开身份图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Open an image file as the identity input</source>
        <translation>打开图像文件作为身份输入</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <source>Paste the clipboard image into the focused input (else the pose)</source>
        <translation>将剪贴板中的图像粘贴到当前输入（否则粘贴到姿态）</translation>
    </message>
    <message>
        <source>&amp;Export Result…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the result as a PNG image</source>
        <translation>将结果保存为 PNG 图像</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close PIVQ Studio</source>
        <translation>关闭 PIVQ Studio</translation>
    </message>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>交换两侧(&amp;W)</translation>
    </message>
    <message>
        <source>Exchange the pose and the identity inputs</source>
        <translation>交换姿态输入与身份输入</translation>
    </message>
    <message>
        <source>Random P&amp;ose</source>
        <translation>随机姿态(&amp;O)</translation>
    </message>
    <message>
        <source>Draw a random pose from the model</source>
        <translation>从模型中随机生成姿态</translation>
    </message>
    <message>
        <source>Random I&amp;dentity</source>
        <translation>随机身份(&amp;D)</translation>
    </message>
    <message>
        <source>Draw a random identity from the model</source>
        <translation>从模型中随机生成身份</translation>
    </message>
    <message>
        <source>Add to &amp;Gallery</source>
        <translation>添加到图库(&amp;G)</translation>
    </message>
    <message>
        <source>Keep the current result in the gallery</source>
        <translation>将当前结果保留在图库中</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>首选项(&amp;F)…</translation>
    </message>
    <message>
        <source>Device, threads and language</source>
        <translation>设备、线程和语言</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Magnify the result</source>
        <translation>放大结果</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Reduce the result</source>
        <translation>缩小结果</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole result as large as it fits</source>
        <translation>尽可能大地显示整个结果</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>实际大小 (1:1)(&amp;A)</translation>
    </message>
    <message>
        <source>One result pixel per screen pixel</source>
        <translation>每个结果像素对应一个屏幕像素</translation>
    </message>
    <message>
        <source>Mask &amp;Overlay</source>
        <translation>掩码叠加(&amp;O)</translation>
    </message>
    <message>
        <source>Draw the object mask over the result</source>
        <translation>在结果上叠加显示对象掩码</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a trained model (.pivq)</source>
        <translation>打开已训练的模型 (.pivq)</translation>
    </message>
    <message>
        <source>Model &amp;Information</source>
        <translation>模型信息(&amp;I)</translation>
    </message>
    <message>
        <source>Parameters and configuration of the model in use</source>
        <translation>当前模型的参数和配置</translation>
    </message>
    <message>
        <source>&amp;About PIVQ Studio</source>
        <translation>关于 PIVQ Studio(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>M&amp;ask</source>
        <translation>掩码(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Untrained Networks</source>
        <translation>未训练的网络(&amp;U)</translation>
    </message>
    <message>
        <source>Build a model configuration with random weights (for trying the interface)</source>
        <translation>用随机权重构建模型配置（用于试用界面）</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Swap sides</source>
        <translation>交换两侧</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classes&lt;/b&gt;</source>
        <translation>&lt;b&gt;类别&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Masks</source>
        <translation>掩码</translation>
    </message>
    <message>
        <source>Interpolation</source>
        <translation>插值</translation>
    </message>
    <message>
        <source>Gallery</source>
        <translation>图库</translation>
    </message>
    <message>
        <source>As Pose</source>
        <translation>作为姿态</translation>
    </message>
    <message>
        <source>As Identity</source>
        <translation>作为身份</translation>
    </message>
    <message>
        <source>You asked for the untrained “%1” networks.</source>
        <translation>您选择了未训练的“%1”网络。</translation>
    </message>
    <message>
        <source>No trained model is installed.</source>
        <translation>未安装已训练的模型。</translation>
    </message>
    <message>
        <source>opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>You chose untrained networks.</source>
        <translation>您选择了未训练的网络。</translation>
    </message>
    <message>
        <source>building %1…</source>
        <translation>正在构建 %1…</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>PIVQ models (*.pivq)</source>
        <translation>PIVQ 模型 (*.pivq)</translation>
    </message>
    <message>
        <source>the “%1” networks</source>
        <translation>“%1”网络</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model could be loaded.&lt;/b&gt; %1&lt;br&gt;%2&lt;br&gt;Open a trained model with Model › Open Model… (a &lt;code&gt;.pivq&lt;/code&gt; file written by &lt;code&gt;pivq train&lt;/code&gt;).</source>
        <translation>&lt;b&gt;无法加载任何模型。&lt;/b&gt;%1&lt;br&gt;%2&lt;br&gt;请通过“模型 › 打开模型…”打开已训练的模型（由 &lt;code&gt;pivq train&lt;/code&gt; 生成的 &lt;code&gt;.pivq&lt;/code&gt; 文件）。</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>Could not open %1: %2&lt;br&gt;Still using %3.</source>
        <translation>无法打开 %1：%2&lt;br&gt;仍在使用 %3。</translation>
    </message>
    <message>
        <source>The engine reports: %1</source>
        <translation>引擎报告：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;No model is loaded.&lt;/b&gt; Open one with Model › Open Model…</source>
        <translation>&lt;b&gt;未加载模型。&lt;/b&gt;请通过“模型 › 打开模型…”打开一个模型。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 Showing the untrained “%2” networks, so results are noise.&lt;/b&gt;&lt;br&gt;To get a working model, train one, e.g. &lt;code&gt;pivq train --data toyfaces --out runs/toy --minutes 30&lt;/code&gt;, then choose Model › Open Model… and open &lt;code&gt;runs/toy/model.pivq&lt;/code&gt; (or put a &lt;code&gt;.pivq&lt;/code&gt; file into the &lt;code&gt;models&lt;/code&gt; folder).</source>
        <translation>&lt;b&gt;%1 当前显示的是未训练的“%2”网络，因此结果只是噪声。&lt;/b&gt;&lt;br&gt;要获得可用的模型，请先训练一个，例如 &lt;code&gt;pivq train --data toyfaces --out runs/toy --minutes 30&lt;/code&gt;，然后选择“模型 › 打开模型…”并打开 &lt;code&gt;runs/toy/model.pivq&lt;/code&gt;（或将 &lt;code&gt;.pivq&lt;/code&gt; 文件放入 &lt;code&gt;models&lt;/code&gt; 文件夹）。</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>无模型</translation>
    </message>
    <message>
        <source>%1 (untrained)</source>
        <translation>%1（未训练）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Model Information</source>
        <translation>模型信息</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;File: %2&lt;br&gt;Resolution: %3 px; mask layers: %4; classes: %5&lt;br&gt;Generator: %6 M parameters; encoder: %7 M parameters&lt;br&gt;Device: %8, %9 threads; LibTorch %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;文件：%2&lt;br&gt;分辨率：%3 px；掩码层：%4；类别数：%5&lt;br&gt;生成器：%6 M 参数；编码器：%7 M 参数&lt;br&gt;设备：%8，%9 个线程；LibTorch %10</translation>
    </message>
    <message>
        <source>none (untrained preset)</source>
        <translation>无（未训练的预设）</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <source>Model configuration</source>
        <translation>模型配置</translation>
    </message>
    <message>
        <source>The configuration of the loaded model</source>
        <translation>已加载模型的配置</translation>
    </message>
    <message>
        <source>last render %1 ms</source>
        <translation>上次渲染 %1 毫秒</translation>
    </message>
    <message>
        <source>&lt;b&gt;The result could not be drawn:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;无法渲染结果：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>No model is loaded.
Model › Open Model… opens a trained .pivq file.</source>
        <translation>未加载模型。
“模型 › 打开模型…”可打开已训练的 .pivq 文件。</translation>
    </message>
    <message>
        <source>Give a pose and an identity: drop image files on the two inputs on the left, paste one, or draw random ones.</source>
        <translation>请提供姿态和身份：将图像文件拖放到左侧的两个输入上、粘贴图像，或随机生成。</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <source>Mask edits were cleared: they belonged to the previous pose.</source>
        <translation>已清除掩码编辑：它们属于之前的姿态。</translation>
    </message>
    <message>
        <source>There is no result to keep yet.</source>
        <translation>尚无可保留的结果。</translation>
    </message>
    <message>
        <source>%1 in the pose of %2</source>
        <translation>%2 姿态下的 %1</translation>
    </message>
    <message>
        <source>pose t = %1</source>
        <translation>姿态 t = %1</translation>
    </message>
    <message>
        <source>identity t = %1</source>
        <translation>身份 t = %1</translation>
    </message>
    <message>
        <source>edited masks</source>
        <translation>已编辑的掩码</translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <source>There is no result to export yet.</source>
        <translation>尚无可导出的结果。</translation>
    </message>
    <message>
        <source>result.png</source>
        <translation>result.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>The new language is used from the next start of PIVQ Studio.</source>
        <translation>新语言将在下次启动 PIVQ Studio 时生效。</translation>
    </message>
    <message>
        <source>About PIVQ Studio</source>
        <translation>关于 PIVQ Studio</translation>
    </message>
    <message>
        <source>&lt;b&gt;PIVQ Studio %1&lt;/b&gt;&lt;p&gt;Draw the identity of one image in the pose of another, with the learned object masks of PIVQGAN that you can paint.&lt;/p&gt;&lt;p&gt;Engine: LibTorch %2 on %3.&lt;/p&gt;</source>
        <translation>&lt;b&gt;PIVQ Studio %1&lt;/b&gt;&lt;p&gt;以另一幅图像的姿态绘制一幅图像的身份，并可绘制编辑 PIVQGAN 学到的对象掩码。&lt;/p&gt;&lt;p&gt;引擎：LibTorch %2，运行于 %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Save Session…</source>
        <translation>保存会话(&amp;S)…</translation>
    </message>
    <message>
        <source>Save inputs, interpolation, mask edits and palette in one file</source>
        <translation>将输入、插值、掩码编辑和调色板保存到一个文件中</translation>
    </message>
    <message>
        <source>Open &amp;Session…</source>
        <translation>打开会话(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a session saved by PIVQ Studio</source>
        <translation>打开由 PIVQ Studio 保存的会话</translation>
    </message>
    <message>
        <source>The mask edits of layer(s) %1 do not fit the model in use and were left out.</source>
        <translation>第 %1 层的掩码编辑与当前模型不匹配，已略过。</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>session.pivqs</source>
        <translation>session.pivqs</translation>
    </message>
    <message>
        <source>PIVQ Studio sessions (*.pivqs)</source>
        <translation>PIVQ Studio 会话 (*.pivqs)</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>%1, threads: %2</source>
        <translation>%1，线程数：%2</translation>
    </message>
    <message>
        <source>Export &amp;Interpolation…</source>
        <translation>导出插值(&amp;I)…</translation>
    </message>
    <message>
        <source>Save the pose or identity interpolation (t from 0 to 1) as a strip of frames</source>
        <translation>将姿态或身份插值（t 从 0 到 1）保存为一排帧</translation>
    </message>
    <message>
        <source>Export Interpolation</source>
        <translation>导出插值</translation>
    </message>
    <message>
        <source>Give a second pose or a second identity (Interpolation panel) first.</source>
        <translation>请先提供第二姿态或第二身份（插值面板）。</translation>
    </message>
    <message>
        <source>Which interpolation?</source>
        <translation>导出哪种插值？</translation>
    </message>
    <message>
        <source>interpolation.png</source>
        <translation>interpolation.png</translation>
    </message>
    <message>
        <source>A frame could not be drawn: %1</source>
        <translation>无法渲染某一帧：%1</translation>
    </message>
    <message>
        <source>Rendering %1 frames…</source>
        <translation>正在渲染 %1 帧…</translation>
    </message>
    <message>
        <source>Opening the checkpoint %1…</source>
        <translation>正在打开检查点 %1…</translation>
    </message>
    <message>
        <source>&amp;New Training Run…</source>
        <translation>新建训练(&amp;N)…</translation>
    </message>
    <message>
        <source>Train a model on toyfaces, a folder or a .zip of images, with a monitor of its progress</source>
        <translation>使用 toyfaces、图像文件夹或图像 .zip 文件训练模型，并用监视器查看进度</translation>
    </message>
    <message>
        <source>&amp;Fine-tune Current Model…</source>
        <translation>微调当前模型(&amp;F)…</translation>
    </message>
    <message>
        <source>Continue training the open model on new images (domain fine-tune)</source>
        <translation>用新图像继续训练当前打开的模型（领域微调）</translation>
    </message>
    <message>
        <source>Training &amp;Monitor</source>
        <translation>训练监视器(&amp;M)</translation>
    </message>
    <message>
        <source>Show the progress, losses and samples of the training run</source>
        <translation>显示训练的进度、损失和样本</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <source>Training Monitor</source>
        <translation>训练监视器</translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation>训练正在进行</translation>
    </message>
    <message>
        <source>A training run is still going. Stop it and close PIVQ Studio? The run saves a checkpoint first, which takes a moment.</source>
        <translation>训练仍在进行。要停止训练并关闭 PIVQ Studio 吗？训练会先保存一个检查点，这需要一点时间。</translation>
    </message>
    <message>
        <source>&amp;Stop Training and Close</source>
        <translation>停止训练并关闭(&amp;S)</translation>
    </message>
    <message>
        <source>Stopping the training run and saving its checkpoint…</source>
        <translation>正在停止训练并保存其检查点…</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>正在关闭</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>The run could not start: %1</source>
        <translation>训练无法开始：%1</translation>
    </message>
    <message>
        <source>Fine-tune Current Model</source>
        <translation>微调当前模型</translation>
    </message>
    <message>
        <source>Open a trained model first (Model › Open Model…): a fine-tune continues the training of a .pivq file.</source>
        <translation>请先打开一个已训练的模型（“模型 › 打开模型…”）：微调会继续训练一个 .pivq 文件。</translation>
    </message>
    <message>
        <source>Training started in %1</source>
        <translation>已在 %1 中开始训练</translation>
    </message>
    <message>
        <source>The training run failed; the Training Monitor says why.</source>
        <translation>训练失败；训练监视器中说明了原因。</translation>
    </message>
    <message>
        <source>Training stopped; checkpoint %1</source>
        <translation>训练已停止；检查点：%1</translation>
    </message>
    <message>
        <source>Training finished: %1</source>
        <translation>训练完成：%1</translation>
    </message>
    <message>
        <source>Generator tuning message</source>
        <translation>生成器调优消息</translation>
    </message>
    <message>
        <source>Its pose rows stay as encoded, so the swap keeps its pose and masks: refining improves this image&apos;s own reconstruction.</source>
        <translation>其姿态行保持编码时的状态，因此交换结果的姿态和掩码不变：精修会改善此图像自身的重建。</translation>
    </message>
    <message>
        <source>Refine &amp;Pose Image…</source>
        <translation>精修姿态图像(&amp;P)…</translation>
    </message>
    <message>
        <source>Optimise the pose image&apos;s latents so that its reconstruction becomes faithful</source>
        <translation>优化姿态图像的潜变量，使其重建更加忠实</translation>
    </message>
    <message>
        <source>Refine &amp;Identity Image…</source>
        <translation>精修身份图像(&amp;I)…</translation>
    </message>
    <message>
        <source>Optimise the identity image&apos;s latents so that its reconstruction becomes faithful</source>
        <translation>优化身份图像的潜变量，使其重建更加忠实</translation>
    </message>
    <message>
        <source>&amp;Cancel Refinement</source>
        <translation>取消精修(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running refinement; what it reached is kept</source>
        <translation>停止正在进行的精修；已达到的结果会保留</translation>
    </message>
    <message>
        <source>Revert P&amp;ose to the Plain Encoding</source>
        <translation>将姿态还原为原始编码(&amp;O)</translation>
    </message>
    <message>
        <source>Undo the refinement of the pose: back to the encoder&apos;s latents of its image, exactly</source>
        <translation>撤销姿态的精修：精确恢复为编码器对其图像给出的潜变量</translation>
    </message>
    <message>
        <source>Revert I&amp;dentity to the Plain Encoding</source>
        <translation>将身份还原为原始编码(&amp;D)</translation>
    </message>
    <message>
        <source>Undo the refinement of the identity: back to the encoder&apos;s latents of its image, exactly</source>
        <translation>撤销身份的精修：精确恢复为编码器对其图像给出的潜变量</translation>
    </message>
    <message>
        <source>Revert &amp;Generator Tuning</source>
        <translation>还原生成器调优(&amp;G)</translation>
    </message>
    <message>
        <source>Put back the model&apos;s own synthesis weights: every result returns to the untuned model</source>
        <translation>恢复模型自身的合成网络权重：所有结果都将回到未调优的模型</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>精修(&amp;R)</translation>
    </message>
    <message>
        <source>%1 cannot be refined now: %2</source>
        <translation>%1 现在无法精修：%2</translation>
    </message>
    <message>
        <source>Cancelling the refinement; what it reached is kept…</source>
        <translation>正在取消精修；已达到的结果会保留…</translation>
    </message>
    <message>
        <source>The refinement of %1 stopped: %2</source>
        <translation>%1的精修已停止：%2</translation>
    </message>
    <message>
        <source>%1 refined in %2 steps (%3 s)</source>
        <translation>%1 已精修，共 %2 步（%3 秒）</translation>
    </message>
    <message>
        <source>%1: back to the plain encoding</source>
        <translation>%1：已还原为原始编码</translation>
    </message>
    <message>
        <source>The generator&apos;s own weights are back</source>
        <translation>生成器已恢复为自身的权重</translation>
    </message>
    <message>
        <source>No model is loaded; open one first (Model › Open Model…).</source>
        <translation>未加载模型；请先打开一个模型（“模型 › 打开模型…”）。</translation>
    </message>
    <message>
        <source>Another refinement is running: wait for it or cancel it.</source>
        <translation>另一个精修正在进行：请等待其完成或将其取消。</translation>
    </message>
    <message>
        <source>&lt;b&gt;The generator is tuned&lt;/b&gt; to one image (pivotal tuning): every result and reconstruction now differs from the model&apos;s own weights. Refine › Revert Generator Tuning puts them back; sessions do not save the tuning.</source>
        <translation>&lt;b&gt;生成器已针对一幅图像调优&lt;/b&gt;（枢轴调优）：现在所有结果和重建都与模型自身的权重不同。“精修 › 还原生成器调优”可将其恢复；会话不会保存此调优。</translation>
    </message>
    <message>
        <source>Could not save %1: the refined latents of %2 could not be read from the engine.</source>
        <translation>无法保存 %1：无法从引擎读取 %2 精修后的潜变量。</translation>
    </message>
    <message>
        <source>%1. The generator tuning is not saved in sessions: opened again, the session renders with the model&apos;s own weights.</source>
        <translation>%1。生成器调优不会保存在会话中：再次打开时，会话将使用模型自身的权重渲染。</translation>
    </message>
    <message>
        <source>Could not open %1: the refined latents of %2 have %3 × %4 values, but the model in use has %5 × %6.</source>
        <translation>无法打开 %1：%2 精修后的潜变量有 %3 × %4 个值，但当前模型需要 %5 × %6 个。</translation>
    </message>
    <message>
        <source>The refined latents of %1 do not fit the model in use; the plain encoding of the image is used instead.</source>
        <translation>%1 精修后的潜变量与当前模型不匹配；将改用该图像的原始编码。</translation>
    </message>
    <message>
        <source>Its pose rows stay as encoded and its other rows are refined: its own reconstruction gets closer, but swaps with it can get less faithful to it.</source>
        <translation>其姿态行保持编码结果不变，其余各行会被精修：它自身的重建会更接近，但用它做的交换可能不如之前忠实于它。</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MaskDocument</name>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MaskEditor</name>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Reset masks</source>
        <translation>重置掩码</translation>
    </message>
    <message>
        <source>Paint: %1</source>
        <translation>绘制：%1</translation>
    </message>
    <message>
        <source>Fill: %1</source>
        <translation>填充：%1</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MaskPanel</name>
    <message>
        <source>The VQSN layer whose object mask you see and paint; coarse layers move large parts, fine layers details</source>
        <translation>要查看和绘制其对象掩码的 VQSN 层；粗层控制大的部分，细层控制细节</translation>
    </message>
    <message>
        <source>Mask layer</source>
        <translation>掩码层</translation>
    </message>
    <message>
        <source>&amp;Layer:</source>
        <translation>层(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Brush</source>
        <translation>画笔(&amp;B)</translation>
    </message>
    <message>
        <source>Paint the current class</source>
        <translation>用当前类别绘制</translation>
    </message>
    <message>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <source>Erase edits: back to the mask the model encoded</source>
        <translation>擦除编辑：恢复为模型编码的掩码</translation>
    </message>
    <message>
        <source>&amp;Fill</source>
        <translation>填充(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the connected area under the cursor with the current class</source>
        <translation>用当前类别填充光标下的连通区域</translation>
    </message>
    <message>
        <source>&amp;Pick class</source>
        <translation>拾取类别(&amp;P)</translation>
    </message>
    <message>
        <source>Make the class under the cursor the current class</source>
        <translation>将光标下的类别设为当前类别</translation>
    </message>
    <message>
        <source>Tool:</source>
        <translation>工具:</translation>
    </message>
    <message>
        <source>Brush and eraser diameter in mask cells ([ smaller, ] larger)</source>
        <translation>画笔和橡皮擦的直径，以掩码单元计（[ 缩小，] 放大）</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>画笔大小</translation>
    </message>
    <message>
        <source>Brush &amp;size (cells):</source>
        <translation>画笔大小（单元）(&amp;S):</translation>
    </message>
    <message>
        <source>Smaller brush</source>
        <translation>缩小画笔</translation>
    </message>
    <message>
        <source>Larger brush</source>
        <translation>放大画笔</translation>
    </message>
    <message>
        <source>How strongly the mask is drawn over the result</source>
        <translation>掩码叠加在结果上的浓度</translation>
    </message>
    <message>
        <source>Overlay opacity</source>
        <translation>叠加不透明度</translation>
    </message>
    <message>
        <source>O&amp;verlay:</source>
        <translation>叠加(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last mask edit (%1)</source>
        <translation>撤销上一次掩码编辑 (%1)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the mask edit that was undone (%1)</source>
        <translation>重做已撤销的掩码编辑 (%1)</translation>
    </message>
    <message>
        <source>Re&amp;set masks</source>
        <translation>重置掩码(&amp;S)</translation>
    </message>
    <message>
        <source>Remove every mask edit (can be undone)</source>
        <translation>移除所有掩码编辑（可撤销）</translation>
    </message>
    <message>
        <source>Layer %1 (%2 × %2)</source>
        <translation>第 %1 层（%2 × %2）</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>pivq::ui::MessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>关闭此消息</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>pivq::ui::PalettePanel</name>
    <message>
        <source>Paint with this class (key %1)</source>
        <translation>用此类别绘制（按键 %1）</translation>
    </message>
    <message>
        <source>Paint with this class</source>
        <translation>用此类别绘制</translation>
    </message>
    <message>
        <source>Change the colour of this class</source>
        <translation>更改此类别的颜色</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show or hide this class in the overlay and the mask view</source>
        <translation>在叠加和掩码视图中显示或隐藏此类别</translation>
    </message>
    <message>
        <source>Solo</source>
        <translation>单独</translation>
    </message>
    <message>
        <source>Show only this class</source>
        <translation>仅显示此类别</translation>
    </message>
    <message>
        <source>Paint with %1</source>
        <translation>用 %1 绘制</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1 的颜色</translation>
    </message>
    <message>
        <source>Name of class %1</source>
        <translation>类别 %1 的名称</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Show only %1</source>
        <translation>仅显示 %1</translation>
    </message>
    <message>
        <source>The name of this class; remembered for this model</source>
        <translation>此类别的名称；会为此模型记住</translation>
    </message>
</context>
<context>
    <name>pivq::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Automatic (CUDA when present)</source>
        <translation>自动（若有 CUDA 则使用）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Where the networks run. Now: %1. If CUDA is chosen but not available, the studio says so and stays on the CPU.</source>
        <translation>网络的运行位置。当前：%1。若选择 CUDA 但不可用，程序会给出提示并继续使用 CPU。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D):</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>CPU threads for the networks; Automatic uses every core</source>
        <translation>网络使用的 CPU 线程数；“自动”使用所有核心</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>&amp;Threads:</source>
        <translation>线程(&amp;T):</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The language of the studio; takes effect at the next start</source>
        <translation>程序的语言；下次启动时生效</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Clear recent files and models</source>
        <translation>清除最近的文件和模型(&amp;C)</translation>
    </message>
    <message>
        <source>Empty the File &gt; Open Recent and Model &gt; Open Recent lists</source>
        <translation>清空“文件 &gt; 最近打开”和“模型 &gt; 最近打开”列表</translation>
    </message>
</context>
<context>
    <name>pivq::ui::RefineDialog</name>
    <message>
        <source>Refine: %1</source>
        <translation>精修：%1</translation>
    </message>
    <message>
        <source>Optimise the latents of this image step by step so that the model reconstructs it faithfully. The window stays usable meanwhile; Cancel keeps what was reached, and Revert goes back to the plain encoding.</source>
        <translation>逐步优化此图像的潜变量，使模型能够忠实地重建它。期间窗口仍可正常使用；“取消”会保留已达到的结果，“还原”会回到原始编码。</translation>
    </message>
    <message>
        <source>Refinement steps</source>
        <translation>精修步数</translation>
    </message>
    <message>
        <source>Optimisation steps on the image&apos;s W+ latents: more steps fit the image more closely and take longer</source>
        <translation>对图像 W+ 潜变量的优化步数：步数越多，与图像拟合得越紧密，耗时也越长</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>步数(&amp;S):</translation>
    </message>
    <message>
        <source>Also tune the &amp;generator (changes every result)</source>
        <translation>同时调优生成器（会改变所有结果）(&amp;G)</translation>
    </message>
    <message>
        <source>Also tune the generator</source>
        <translation>同时调优生成器</translation>
    </message>
    <message>
        <source>Pivotal tuning: after the latents, adjust the generator&apos;s synthesis weights to this image with its latents fixed. Every result and reconstruction changes until Refine › Revert Generator Tuning; sessions do not save the tuning.</source>
        <translation>枢轴调优：在潜变量之后，固定其潜变量，将生成器的合成网络权重针对此图像进行调整。在执行“精修 › 还原生成器调优”之前，所有结果和重建都会改变；会话不会保存此调优。</translation>
    </message>
    <message>
        <source>Generator tuning steps</source>
        <translation>生成器调优步数</translation>
    </message>
    <message>
        <source>Optimisation steps on the generator&apos;s synthesis weights</source>
        <translation>对生成器合成网络权重的优化步数</translation>
    </message>
    <message>
        <source>Generator s&amp;teps:</source>
        <translation>生成器步数(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Refine</source>
        <translation>精修(&amp;R)</translation>
    </message>
    <message>
        <source>Start the refinement; the input shows its progress and a Cancel button</source>
        <translation>开始精修；输入上会显示其进度和“取消”按钮</translation>
    </message>
    <message>
        <source>Start refinement</source>
        <translation>开始精修</translation>
    </message>
    <message>
        <source>Close without refining</source>
        <translation>关闭而不精修</translation>
    </message>
</context>
<context>
    <name>pivq::ui::Session</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>the edits of layer %1 do not fit its mask</source>
        <translation>第 %1 层的编辑与其掩码不匹配</translation>
    </message>
    <message>
        <source>cannot create the archive</source>
        <translation>无法创建归档</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>cannot finish the archive</source>
        <translation>无法完成归档</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>it is not a PIVQ session (not a zip archive)</source>
        <translation>它不是 PIVQ 会话（不是 zip 归档）</translation>
    </message>
    <message>
        <source>it has too many entries</source>
        <translation>条目过多</translation>
    </message>
    <message>
        <source>its zip directory is damaged</source>
        <translation>其 zip 目录已损坏</translation>
    </message>
    <message>
        <source>unexpected entry “%1”</source>
        <translation>意外的条目“%1”</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 过大</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 出现了两次</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 已损坏</translation>
    </message>
    <message>
        <source>it is not a PIVQ session (no session.json)</source>
        <translation>它不是 PIVQ 会话（没有 session.json）</translation>
    </message>
    <message>
        <source>session.json is not valid JSON</source>
        <translation>session.json 不是有效的 JSON</translation>
    </message>
    <message>
        <source>the image %1 is missing or damaged</source>
        <translation>图像 %1 缺失或已损坏</translation>
    </message>
    <message>
        <source>a random input has no valid seed</source>
        <translation>某个随机输入没有有效的种子</translation>
    </message>
    <message>
        <source>a mask layer is described wrongly</source>
        <translation>某个掩码层的描述有误</translation>
    </message>
    <message>
        <source>the mask edits of layer %1 are missing or damaged</source>
        <translation>第 %1 层的掩码编辑缺失或已损坏</translation>
    </message>
    <message>
        <source>the mask edits of layer %1 hold an invalid class</source>
        <translation>第 %1 层的掩码编辑包含无效类别</translation>
    </message>
    <message>
        <source>the latents of input %1 do not have the shape %2 × %3</source>
        <translation>输入 %1 的潜变量形状不是 %2 × %3</translation>
    </message>
    <message>
        <source>it was written in format %1; this version reads formats %2 to %3</source>
        <translation>它以格式 %1 写入；此版本可读取格式 %2 到 %3</translation>
    </message>
    <message>
        <source>the refined latents of input %1 are missing</source>
        <translation>输入 %1 精修后的潜变量缺失</translation>
    </message>
    <message>
        <source>the refined latents %1 have an invalid shape %2 × %3</source>
        <translation>精修后的潜变量 %1 形状无效：%2 × %3</translation>
    </message>
    <message>
        <source>the refined latents %1 are damaged: %2 bytes where %3 × %4 float32 values take %5</source>
        <translation>精修后的潜变量 %1 已损坏：%3 × %4 个 float32 值应占 %5 字节，实际为 %2 字节</translation>
    </message>
    <message>
        <source>the refined latents %1 hold a value that is not a finite number</source>
        <translation>精修后的潜变量 %1 包含非有限数值</translation>
    </message>
</context>
<context>
    <name>pivq::ui::TrainingDialog</name>
    <message>
        <source>Fine-tune Model</source>
        <translation>微调模型</translation>
    </message>
    <message>
        <source>New Training Run</source>
        <translation>新建训练</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Toyfaces (procedural faces, no files needed)</source>
        <translation>Toyfaces（程序生成的人脸，无需文件）</translation>
    </message>
    <message>
        <source>A folder or a .zip file of images</source>
        <translation>图像文件夹或 .zip 文件</translation>
    </message>
    <message>
        <source>What to train on: the built-in procedural faces, or your own pictures</source>
        <translation>训练所用的数据：内置的程序生成人脸，或您自己的图片</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>数据来源</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S):</translation>
    </message>
    <message>
        <source>a folder (searched recursively) or a .zip file</source>
        <translation>文件夹（包括子文件夹）或 .zip 文件</translation>
    </message>
    <message>
        <source>The training images: a folder, searched recursively, or a .zip file. PNG, JPEG, WebP, BMP and TIFF are read; other files are ignored</source>
        <translation>训练图像：一个文件夹（递归搜索）或一个 .zip 文件。读取 PNG、JPEG、WebP、BMP 和 TIFF；其他文件将被忽略</translation>
    </message>
    <message>
        <source>Image folder or zip file</source>
        <translation>图像文件夹或 ZIP 文件</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>文件夹(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose a folder of images</source>
        <translation>选择图像文件夹</translation>
    </message>
    <message>
        <source>Choose folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>&amp;Zip…</source>
        <translation>ZIP(&amp;Z)…</translation>
    </message>
    <message>
        <source>Choose a .zip file of images</source>
        <translation>选择图像 .zip 文件</translation>
    </message>
    <message>
        <source>Choose zip file</source>
        <translation>选择 ZIP 文件</translation>
    </message>
    <message>
        <source>&amp;Images:</source>
        <translation>图像(&amp;I):</translation>
    </message>
    <message>
        <source>How many procedural faces to draw for the run (kept in memory)</source>
        <translation>为训练生成多少张程序人脸（保存在内存中）</translation>
    </message>
    <message>
        <source>Number of toyfaces images</source>
        <translation>toyfaces 图像数量</translation>
    </message>
    <message>
        <source>The first images, cropped to a square as training sees them</source>
        <translation>前几张图像，按训练时的方式裁剪为正方形</translation>
    </message>
    <message>
        <source>Sample of the training images</source>
        <translation>训练图像示例</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>The network sizes to start from: tiny32 (tests), cpu64 (trains on a few CPU cores), ref64, paper256 (the paper&apos;s setting, for a GPU)</source>
        <translation>作为起点的网络规模：tiny32（测试）、cpu64（可在少量 CPU 核心上训练）、ref64、paper256（论文中的设置，适用于 GPU）</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P):</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>The side of the images the model makes; training images are cropped to a square and resized to it</source>
        <translation>模型生成图像的边长；训练图像会被裁剪为正方形并缩放到该尺寸</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R):</translation>
    </message>
    <message>
        <source>K: how many object classes each pose layer&apos;s mask has (%1 to %2)</source>
        <translation>K：每个姿态层的掩码包含多少个对象类别（%1 到 %2）</translation>
    </message>
    <message>
        <source>Number of object classes K</source>
        <translation>对象类别数 K</translation>
    </message>
    <message>
        <source>&amp;Classes (K):</source>
        <translation>类别数 (K)(&amp;C):</translation>
    </message>
    <message>
        <source>The synthesis layers driven by the pose (VQSN layers), as 0-based numbers separated by commas, e.g. 3, 5</source>
        <translation>由姿态驱动的合成层（VQSN 层），以从 0 开始的编号表示，用逗号分隔，例如 3, 5</translation>
    </message>
    <message>
        <source>Pose layers</source>
        <translation>姿态层</translation>
    </message>
    <message>
        <source>Pose &amp;layers:</source>
        <translation>姿态层(&amp;L):</translation>
    </message>
    <message>
        <source>VQ-1 (default: nearest code)</source>
        <translation>VQ-1（默认：最近的码字）</translation>
    </message>
    <message>
        <source>VQ-2 (built on the previous pose layer)</source>
        <translation>VQ-2（基于上一个姿态层）</translation>
    </message>
    <message>
        <source>VQ-3 (codes joined to the features)</source>
        <translation>VQ-3（码字与特征拼接）</translation>
    </message>
    <message>
        <source>Gumbel-softmax</source>
        <translation>Gumbel-softmax</translation>
    </message>
    <message>
        <source>None (no VQ, no masks)</source>
        <translation>无（无 VQ，无掩码）</translation>
    </message>
    <message>
        <source>How the pose layers turn features into object masks (paper section 3.2)</source>
        <translation>姿态层如何将特征转换为对象掩码（论文第 3.2 节）</translation>
    </message>
    <message>
        <source>VQSN variant</source>
        <translation>VQSN 变体</translation>
    </message>
    <message>
        <source>&amp;VQSN variant:</source>
        <translation>VQSN 变体(&amp;V):</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Images per training step; larger batches run faster per image but need more memory</source>
        <translation>每个训练步骤的图像数；批量越大，每张图像的速度越快，但需要更多内存</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>批量(&amp;B):</translation>
    </message>
    <message>
        <source>How long to train: the run stops and saves its checkpoint when this is spent</source>
        <translation>训练多长时间：预算用完后训练停止并保存检查点</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>thousand images</source>
        <translation>千张图像</translation>
    </message>
    <message>
        <source>Measure the budget in wall-clock minutes or in thousands of training images</source>
        <translation>以实际分钟数或以千张训练图像为单位计量预算</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>预算单位</translation>
    </message>
    <message>
        <source>B&amp;udget:</source>
        <translation>预算(&amp;U):</translation>
    </message>
    <message>
        <source>Automatic (CUDA when present)</source>
        <translation>自动（有 CUDA 时使用）</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <source>Where the run computes; on the CPU it shares the cores with the editor, at a lower priority</source>
        <translation>训练的计算位置；在 CPU 上时，它以较低优先级与编辑器共享核心</translation>
    </message>
    <message>
        <source>Training device</source>
        <translation>训练设备</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D):</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>The run folder: model.pivq (the newest checkpoint), samples/ and log.jsonl are written there</source>
        <translation>训练文件夹：model.pivq（最新的检查点）、samples/ 和 log.jsonl 会写入此处</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Choose the folder for the run</source>
        <translation>选择训练所用的文件夹</translation>
    </message>
    <message>
        <source>Choose output folder</source>
        <translation>选择输出文件夹</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F):</translation>
    </message>
    <message>
        <source>Start the run; the Training Monitor shows its progress</source>
        <translation>开始训练；训练监视器会显示其进度</translation>
    </message>
    <message>
        <source>Close without starting a run</source>
        <translation>关闭而不开始训练</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Looking at the images… %1 of %2</source>
        <translation>正在检查图像… %1 / %2</translation>
    </message>
    <message>
        <source>Train a PIVQGAN model on your images. The run goes on in the background; the Training Monitor shows its progress, and any checkpoint opens in the editor.</source>
        <translation>用您的图像训练一个 PIVQGAN 模型。训练在后台进行；训练监视器显示其进度，任何检查点都可以在编辑器中打开。</translation>
    </message>
    <message>
        <source>(the model&apos;s own)</source>
        <translation>（模型自身的）</translation>
    </message>
    <message>
        <source>A fine-tune keeps the architecture of the model it starts from</source>
        <translation>微调会保留起始模型的架构</translation>
    </message>
    <message>
        <source>Fine-tune &lt;b&gt;%1&lt;/b&gt; on new images: the run continues its training (step %2, %3 images seen so far) with the same architecture, and writes a new model to the output folder; the model itself is not changed.</source>
        <translation>用新图像微调 &lt;b&gt;%1&lt;/b&gt;：以相同的架构继续训练（第 %2 步，迄今已处理 %3 张图像），并将新模型写入输出文件夹；原模型本身不会改变。</translation>
    </message>
    <message>
        <source>Fine-tune &lt;b&gt;%1&lt;/b&gt; on new images.</source>
        <translation>用新图像微调 &lt;b&gt;%1&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>Looking at the images…</source>
        <translation>正在检查图像…</translation>
    </message>
    <message>
        <source>%1 procedural faces, drawn when the run starts.</source>
        <translation>%1 张程序生成的人脸，在训练开始时生成。</translation>
    </message>
    <message>
        <source>%1 usable images of %2 image files in %3.</source>
        <translation>%3中的 %2 个图像文件里有 %1 张可用图像。</translation>
    </message>
    <message>
        <source>the zip file</source>
        <translation>ZIP 文件</translation>
    </message>
    <message>
        <source>the folder and its subfolders</source>
        <translation>该文件夹及其子文件夹</translation>
    </message>
    <message>
        <source>“%1” is not a layer number; give numbers separated by commas, e.g. 3, 5</source>
        <translation>“%1”不是层编号；请输入用逗号分隔的编号，例如 3, 5</translation>
    </message>
    <message>
        <source>Give at least one pose layer.</source>
        <translation>请至少指定一个姿态层。</translation>
    </message>
    <message>
        <source>Choose the training images: toyfaces, a folder or a .zip file.</source>
        <translation>请选择训练图像：toyfaces、文件夹或 .zip 文件。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file.</source>
        <translation>%1 既不是文件夹也不是 .zip 文件。</translation>
    </message>
    <message>
        <source>The images cannot be read: %1</source>
        <translation>无法读取图像：%1</translation>
    </message>
    <message>
        <source>%1 holds no image files (.png, .jpg, .jpeg, .webp, .bmp, .tif or .tiff; subfolders are searched too).</source>
        <translation>%1 中没有图像文件（.png、.jpg、.jpeg、.webp、.bmp、.tif 或 .tiff；子文件夹也会搜索）。</translation>
    </message>
    <message>
        <source>Only %1 usable images (%2 files cannot be used); a run needs at least two.</source>
        <translation>只有 %1 张可用图像（%2 个文件无法使用）；训练至少需要两张。</translation>
    </message>
    <message>
        <source>%1 of the %2 image files cannot be used and will be skipped:</source>
        <translation>%2 个图像文件中有 %1 个无法使用，将被跳过：</translation>
    </message>
    <message>
        <source>%1 images are smaller than %2 px and will be enlarged, so the model learns blurry pictures.</source>
        <translation>%1 张图像小于 %2 px，将被放大，因此模型会学到模糊的图像。</translation>
    </message>
    <message>
        <source>Only %1 images for a batch of %2: the same images repeat within a step.</source>
        <translation>批量为 %2，但只有 %1 张图像：同一步中会重复使用相同的图像。</translation>
    </message>
    <message>
        <source>Choose a folder for the run (checkpoints, samples and the log).</source>
        <translation>请为训练选择一个文件夹（检查点、样本和日志）。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>%1 cannot be written; choose another folder.</source>
        <translation>无法写入 %1；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 already holds a run (model.pivq), which a new run would replace; choose another folder.</source>
        <translation>%1 中已有一次训练（model.pivq），新的训练会将其替换；请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Unknown preset “%1” (available: %2).</source>
        <translation>未知的预设“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>The resolution must be a power of two from 32 to 1024 px, not %1.</source>
        <translation>分辨率必须是 32 到 1024 px 之间的 2 的幂，而不是 %1。</translation>
    </message>
    <message>
        <source>K, the number of object classes, must be between %2 and %3, not %1.</source>
        <translation>对象类别数 K 必须在 %2 到 %3 之间，而不是 %1。</translation>
    </message>
    <message>
        <source>Layer %1 does not exist at %2 px: the layers there are 0 to %3.</source>
        <translation>在 %2 px 下不存在层 %1：该分辨率下的层为 0 到 %3。</translation>
    </message>
    <message>
        <source>Layer %1 is listed twice.</source>
        <translation>层 %1 被列出了两次。</translation>
    </message>
    <message>
        <source>Unknown VQSN variant “%1” (available: %2).</source>
        <translation>未知的 VQSN 变体“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>Without VQ the model learns no object masks: there will be nothing to paint in the editor.</source>
        <translation>没有 VQ 时模型不会学习对象掩码：编辑器中将没有可绘制的内容。</translation>
    </message>
    <message>
        <source>The model configuration is not valid: %1</source>
        <translation>模型配置无效：%1</translation>
    </message>
    <message>
        <source>The batch must be between 1 and %2 images, not %1.</source>
        <translation>批量必须在 1 到 %2 张图像之间，而不是 %1。</translation>
    </message>
    <message>
        <source>The discriminator compares groups of %2 images; with a batch of %1 the groups have %3, which weakens it. A multiple of %2 is better.</source>
        <translation>判别器按每组 %2 张图像进行比较；批量为 %1 时每组只有 %3 张，会削弱判别器。最好使用 %2 的倍数。</translation>
    </message>
    <message>
        <source>The training configuration is not valid: %1</source>
        <translation>训练配置无效：%1</translation>
    </message>
    <message>
        <source>Give a budget above zero: minutes, or thousands of images.</source>
        <translation>请给出大于零的预算：分钟数，或以千计的图像数。</translation>
    </message>
    <message>
        <source>The model %1 does not exist.</source>
        <translation>模型 %1 不存在。</translation>
    </message>
    <message>
        <source>This model cannot be fine-tuned: %1</source>
        <translation>无法微调此模型：%1</translation>
    </message>
    <message>
        <source>This model was saved without its training state: the generator continues from its averaged weights, the discriminator and the optimisers start afresh.</source>
        <translation>此模型保存时未包含训练状态：生成器将从其平均权重继续，判别器和优化器则重新开始。</translation>
    </message>
    <message>
        <source>A fine-tune keeps the model&apos;s architecture; these choices differ from it: %1</source>
        <translation>微调会保留模型的架构；以下选择与之不同：%1</translation>
    </message>
    <message>
        <source>Unknown device “%1”.</source>
        <translation>未知的设备“%1”。</translation>
    </message>
    <message>
        <source>There is no usable CUDA GPU (in this LibTorch build or on this machine); choose the CPU or Automatic.</source>
        <translation>没有可用的 CUDA GPU（此 LibTorch 版本或本机上）；请选择 CPU 或“自动”。</translation>
    </message>
    <message>
        <source>%1 px trains very slowly on the CPU (hours for a thousand images); a smaller resolution or a GPU is better.</source>
        <translation>%1 px 在 CPU 上训练非常慢（一千张图像需要数小时）；建议使用更小的分辨率或 GPU。</translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>%1: %2 px</source>
        <translation>%1：%2 px</translation>
    </message>
    <message>
        <source>At %1 px the layers are 0 to %2 (feature side): %3</source>
        <translation>在 %1 px 下，层为 0 到 %2（特征图边长）：%3</translation>
    </message>
    <message>
        <source>Folder of Training Images</source>
        <translation>训练图像文件夹</translation>
    </message>
    <message>
        <source>Zip File of Training Images</source>
        <translation>训练图像 ZIP 文件</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>ZIP 文件 (*.zip)</translation>
    </message>
    <message>
        <source>Folder for the Run</source>
        <translation>训练所用的文件夹</translation>
    </message>
    <message>
        <source>Cou&amp;nt:</source>
        <translation>数量(&amp;N):</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Start Fine-&amp;tuning</source>
        <translation>开始微调(&amp;T)</translation>
    </message>
    <message>
        <source>Start &amp;Training</source>
        <translation>开始训练(&amp;T)</translation>
    </message>
</context>
<context>
    <name>pivq::ui::TrainingMonitor</name>
    <message>
        <source>Training message</source>
        <translation>训练消息</translation>
    </message>
    <message>
        <source>No training run yet. Train › New Training Run… starts one.</source>
        <translation>尚无训练。“训练 › 新建训练…”可开始一次训练。</translation>
    </message>
    <message>
        <source>How much of the budget is spent</source>
        <translation>预算已用掉的比例</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>训练进度</translation>
    </message>
    <message>
        <source>Images seen:</source>
        <translation>已处理图像：</translation>
    </message>
    <message>
        <source>Training images seen in total (of the budget&apos;s target)</source>
        <translation>累计处理的训练图像数（相对于预算目标）</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Training images per second, averaged over the last steps</source>
        <translation>每秒训练图像数（最近几步的平均值）</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>剩余时间：</translation>
    </message>
    <message>
        <source>Estimated time until the budget is spent</source>
        <translation>预计用完预算所需的时间</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <translation>已用时间：</translation>
    </message>
    <message>
        <source>Training time of this run so far (pauses not counted)</source>
        <translation>本次训练至今的训练时间（不含暂停）</translation>
    </message>
    <message>
        <source>Codes in use:</source>
        <translation>使用中的码字：</translation>
    </message>
    <message>
        <source>VQ codes used by at least 1% of the assignments, summed over the pose layers</source>
        <translation>至少占 1% 分配的 VQ 码字数（所有姿态层之和）</translation>
    </message>
    <message>
        <source>Pause the run after the step in progress; press again to resume</source>
        <translation>在当前步骤结束后暂停训练；再按一次继续</translation>
    </message>
    <message>
        <source>Pause or resume training</source>
        <translation>暂停或继续训练</translation>
    </message>
    <message>
        <source>End the run after the step in progress; its checkpoint is saved</source>
        <translation>在当前步骤结束后结束训练；其检查点会被保存</translation>
    </message>
    <message>
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <source>Open the newest checkpoint in the editor (saved now if the run has moved on); training goes on</source>
        <translation>在编辑器中打开最新的检查点（若训练已继续推进则立即保存）；训练继续进行</translation>
    </message>
    <message>
        <source>Open checkpoint in the editor</source>
        <translation>在编辑器中打开检查点</translation>
    </message>
    <message>
        <source>Show the run folder (checkpoint, samples, log) in the file manager</source>
        <translation>在文件管理器中显示训练文件夹（检查点、样本、日志）</translation>
    </message>
    <message>
        <source>Show run folder</source>
        <translation>显示训练文件夹</translation>
    </message>
    <message>
        <source>Loss curves, VQ code usage and the newest sample grid</source>
        <translation>损失曲线、VQ 码字使用情况和最新的样本网格</translation>
    </message>
    <message>
        <source>Training views</source>
        <translation>训练视图</translation>
    </message>
    <message>
        <source>Losses (mean per interval, log scale)</source>
        <translation>损失（每个区间的平均值，对数刻度）</translation>
    </message>
    <message>
        <source>thousand images</source>
        <translation>千张图像</translation>
    </message>
    <message>
        <source>Every loss of the run over the images seen; click a legend entry to hide its curve</source>
        <translation>训练的每项损失随已处理图像数的变化；点击图例项可隐藏其曲线</translation>
    </message>
    <message>
        <source>Loss curves</source>
        <translation>损失曲线</translation>
    </message>
    <message>
        <source>Share of each VQ code per pose layer</source>
        <translation>每个姿态层中各 VQ 码字的占比</translation>
    </message>
    <message>
        <source>How often each code (object class) of each pose layer was chosen recently; a code near 0% is not used</source>
        <translation>每个姿态层的各码字（对象类别）最近被选中的频率；接近 0% 的码字未被使用</translation>
    </message>
    <message>
        <source>VQ code usage</source>
        <translation>VQ 码字使用情况</translation>
    </message>
    <message>
        <source>The first sample grid appears shortly after training starts</source>
        <translation>训练开始后不久会显示第一个样本网格</translation>
    </message>
    <message>
        <source>Fixed images from the data: each row an identity, each column a pose; wheel to zoom</source>
        <translation>来自数据的固定图像：每行一个身份，每列一个姿态；滚轮缩放</translation>
    </message>
    <message>
        <source>Sample grid</source>
        <translation>样本网格</translation>
    </message>
    <message>
        <source>Stopping after the step in progress; the checkpoint is being saved…</source>
        <translation>将在当前步骤结束后停止；正在保存检查点…</translation>
    </message>
    <message>
        <source>toyfaces</source>
        <translation>toyfaces</translation>
    </message>
    <message>
        <source>Starting: training on %1…</source>
        <translation>正在开始：使用 %1 训练…</translation>
    </message>
    <message>
        <source>Starting: fine-tuning %1 on %2…</source>
        <translation>正在开始：使用 %2 微调 %1…</translation>
    </message>
    <message>
        <source>Run folder: %1</source>
        <translation>训练文件夹：%1</translation>
    </message>
    <message>
        <source>Preparing the data: %1</source>
        <translation>正在准备数据：%1</translation>
    </message>
    <message>
        <source>Paused at step %1. Resume to continue.</source>
        <translation>已在第 %1 步暂停。继续即可恢复训练。</translation>
    </message>
    <message>
        <source>Saving a checkpoint…</source>
        <translation>正在保存检查点…</translation>
    </message>
    <message>
        <source>Checkpoint of step %1 saved.</source>
        <translation>已保存第 %1 步的检查点。</translation>
    </message>
    <message>
        <source>Training: step %1</source>
        <translation>训练中：第 %1 步</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 img/s</source>
        <translation>%1 张/秒</translation>
    </message>
    <message>
        <source>none (no VQ)</source>
        <translation>无（无 VQ）</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>训练失败。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;训练失败：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>The last good checkpoint is %1.</source>
        <translation>最后一个正常的检查点是 %1。</translation>
    </message>
    <message>
        <source>Stopped before training began; nothing was saved.</source>
        <translation>在训练开始前已停止；未保存任何内容。</translation>
    </message>
    <message>
        <source>The run was stopped while its data was loading.</source>
        <translation>训练在加载数据时被停止。</translation>
    </message>
    <message>
        <source>Stopped at step %1.</source>
        <translation>已在第 %1 步停止。</translation>
    </message>
    <message>
        <source>Finished at step %1.</source>
        <translation>已在第 %1 步完成。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training stopped.&lt;/b&gt; Its checkpoint was kept: %1</source>
        <translation>&lt;b&gt;训练已停止。&lt;/b&gt;其检查点已保留：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training finished.&lt;/b&gt; The model is %1</source>
        <translation>&lt;b&gt;训练完成。&lt;/b&gt;模型为 %1</translation>
    </message>
    <message>
        <source>Open in Editor opens it.</source>
        <translation>点击“在编辑器中打开”即可打开。</translation>
    </message>
    <message>
        <source>Saving checkpoint…</source>
        <translation>正在保存检查点…</translation>
    </message>
    <message>
        <source>Saving a checkpoint to open…</source>
        <translation>正在保存要打开的检查点…</translation>
    </message>
    <message>
        <source>layer %1</source>
        <translation>层 %1</translation>
    </message>
    <message>
        <source>code</source>
        <translation>码字</translation>
    </message>
    <message>
        <source>Top row: the poses; left column: the identities; each cell the identity of its row in the pose of its column. Step %1, %2 images seen: %3</source>
        <translation>顶行：姿态；左列：身份；每个单元格是其所在行的身份采用其所在列的姿态。第 %1 步，已处理 %2 张图像：%3</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>暂停(&amp;U)</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;in Editor</source>
        <translation>在编辑器中打开(&amp;I)</translation>
    </message>
    <message>
        <source>Show Folde&amp;r</source>
        <translation>显示文件夹(&amp;R)</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Code Usage</source>
        <translation>码字使用</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>继续(&amp;U)</translation>
    </message>
</context>
</TS>
