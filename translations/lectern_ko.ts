<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Lectern::AnnotateDialog</name>
    <message>
        <location filename="../ui/annotatedialog.cpp" line="+27"/>
        <source>Annotate Passage</source>
        <translation>구절에 주석 달기</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Passage:</source>
        <translation>구절:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a code or type a new one</source>
        <translation>코드를 선택하거나 새 코드를 입력하십시오</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code colour</source>
        <translation>코드 색상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour of a new code</source>
        <translation>새 코드의 색상</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Code:</source>
        <translation>코드(&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this passage matters (optional)</source>
        <translation>이 구절이 중요한 이유(선택 사항)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Annotate</source>
        <translation>주석 달기(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Code Colour</source>
        <translation>코드 색상</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Colour…</source>
        <translation>색상…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour</source>
        <translation>색상</translation>
    </message>
</context>
<context>
    <name>Lectern::AnnotationsPanel</name>
    <message>
        <location filename="../ui/annotationspanel.cpp" line="+23"/>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
</context>
<context>
    <name>Lectern::DocumentView</name>
    <message>
        <location filename="../ui/documentview.cpp" line="+36"/>
        <source>Statement text</source>
        <translation>성명서 본문</translation>
    </message>
</context>
<context>
    <name>Lectern::EntityPanel</name>
    <message>
        <location filename="../ui/entitypanel.cpp" line="+17"/>
        <source>People</source>
        <translation>인물</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Places</source>
        <translation>장소</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations</source>
        <translation>조직</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreements</source>
        <translation>협정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>사건</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates</source>
        <translation>날짜</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Entity</source>
        <translation>개체</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mentions</source>
        <translation>언급 횟수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Also written: %1</source>
        <translation>다른 표기: %1</translation>
    </message>
</context>
<context>
    <name>Lectern::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+65"/>
        <source>Recognising quotations and entities…</source>
        <translation>인용문과 개체를 인식하는 중…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+1"/>
        <source>Statements</source>
        <translation>성명서</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Annotations</source>
        <translation>주석</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entities</source>
        <translation>개체</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main Toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a statement (text or Markdown) or a Lectern project</source>
        <translation>성명서(텍스트 또는 Markdown) 또는 Lectern 프로젝트를 엽니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Annotated PDF…</source>
        <translation>주석이 포함된 PDF 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Include Recognised &amp;Quotations in PDF</source>
        <translation>인식된 인용문을 PDF에 포함(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Include Recognised E&amp;ntities in PDF</source>
        <translation>인식된 개체를 PDF에 포함(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Annotate Selection…</source>
        <translation>선택 영역에 주석 달기(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tag the selected passage with a code and a note</source>
        <translation>선택한 구절에 코드와 메모를 지정합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Annotation</source>
        <translation>주석 제거(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Lectern</source>
        <translation>Lectern 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Lectern</source>
        <translation>Lectern 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;A reader and annotation tool for official statements: quotations with their speakers, named entities, codes and notes, and annotated PDFs.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lectern %1&lt;/h3&gt;&lt;p&gt;공식 성명서를 읽고 주석을 다는 도구입니다. 인용문과 그 화자, 개체명, 코드와 메모를 다루며 주석이 포함된 PDF를 만듭니다.&lt;/p&gt;&lt;p&gt;GNU 일반 공중 사용 허가서(GPL) 버전 3 이상에 따라 배포됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Qt 정보(&amp;Q)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open Statements or a Project</source>
        <translation>성명서 또는 프로젝트 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements and projects (%1 *.lectern);;Lectern projects (*.lectern);;All files (*)</source>
        <translation>성명서 및 프로젝트 (%1 *.lectern);;Lectern 프로젝트 (*.lectern);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot Open Project</source>
        <translation>프로젝트를 열 수 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lectern could not open the project %1.

%2</source>
        <translation>Lectern에서 프로젝트 %1을(를) 열 수 없습니다.

%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened %1</source>
        <translation>%1을(를) 열었습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Open Statement</source>
        <translation>성명서를 열 수 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement Opened with Problems</source>
        <translation>성명서를 열었으나 문제가 있음</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Open a statement to begin (Ctrl+O)</source>
        <translation>시작하려면 성명서를 여십시오(Ctrl+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 quotations · %2 entity mentions · %3 annotations</source>
        <translation>인용문 %1개 · 개체 언급 %2개 · 주석 %3개</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 annotations</source>
        <translation>주석 %1개</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Untitled</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — Lectern</source>
        <translation>%1[*] — Lectern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annotate “%1”</source>
        <translation>“%1” 주석 달기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a passage in the text first, then annotate it (Ctrl+T).</source>
        <translation>먼저 본문에서 구절을 선택한 다음 주석을 다십시오(Ctrl+T).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select an annotation to remove.</source>
        <translation>제거할 주석을 선택하십시오.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save Project</source>
        <translation>프로젝트 저장</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lectern projects (*.lectern)</source>
        <translation>Lectern 프로젝트 (*.lectern)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot Save Project</source>
        <translation>프로젝트를 저장할 수 없음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The project was not saved to %1; the previous file, if any, is unchanged.

%2</source>
        <translation>프로젝트를 %1에 저장하지 못했습니다. 기존 파일이 있었다면 변경되지 않았습니다.

%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a statement to export.</source>
        <translation>내보낼 성명서를 여십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Annotated PDF</source>
        <translation>주석이 포함된 PDF 내보내기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lectern user</source>
        <translation>Lectern 사용자</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporting %1…</source>
        <translation>%1 내보내는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Export PDF</source>
        <translation>PDF를 내보낼 수 없음</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %1 with %n highlight(s)</source>
        <translation>
            <numerusform>%1을(를) 내보냈습니다(강조 표시 %n개)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The project has unsaved changes. Save them before going on?</source>
        <translation>프로젝트에 저장하지 않은 변경 사항이 있습니다. 계속하기 전에 저장하시겠습니까?</translation>
    </message>
</context>
</TS>
